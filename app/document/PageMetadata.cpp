#include "document/PageMetadata.h"

#include "document/DocumentBuilder.h"
#include "document/HtmlText.h"
#include "document/HtmlTree.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString str(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}

bool isHierarchicalSeparator(QChar c)
{
    return c == u'\\' || c == u'/' || c == u'>' || c == u'»';
}

bool isSeparator(QChar c)
{
    return c == u'|' || c == u'-' || c == u'–' || c == u'—' || isHierarchicalSeparator(c);
}

// Positions of " X " where X is a separator.
QList<qsizetype> separatorPositions(const QString &t)
{
    QList<qsizetype> out;
    for (qsizetype i = 1; i + 1 < t.size(); ++i)
        if (isSeparator(t[i]) && t[i - 1] == u' ' && t[i + 1] == u' ')
            out.append(i - 1);
    return out;
}

QList<int> elementsWithTag(const HtmlTree &tree, Tag tag)
{
    QList<int> out;
    for (int i = 0; i < tree.size(); ++i)
        if (tree.tag(i) == tag)
            out.append(i);
    return out;
}

const QRegularExpression &articleTypeRe()
{
    static const QRegularExpression re(
        u"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
        "SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
        "LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"_s);
    return re;
}

bool hasArticleType(const QJsonObject &o)
{
    const QJsonValue t = o.value(u"@type");
    if (t.isString())
        return articleTypeRe().match(t.toString()).hasMatch();
    if (t.isArray()) {
        for (const QJsonValue &v : t.toArray())
            if (v.isString() && articleTypeRe().match(v.toString()).hasMatch())
                return true;
    }
    return false;
}

bool hasSchemaContext(const QJsonObject &o)
{
    static const QRegularExpression re(u"^https?://schema\\.org/?$"_s);
    const QJsonValue c = o.value(u"@context");
    if (c.isString())
        return re.match(c.toString()).hasMatch();
    if (c.isObject())
        return re.match(c.toObject().value(u"@vocab").toString()).hasMatch();
    return false;
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(u"name").toString().trimmed();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray()) {
            const QString n = nameOf(e);
            if (!n.isEmpty())
                names.append(n);
        }
        return names.join(u", "_s);
    }
    return {};
}

struct JsonLdFields {
    QString title, byline, date, site, excerpt;
};

std::optional<QJsonObject> findArticleObject(const QJsonValue &root)
{
    if (root.isArray()) {
        for (const QJsonValue &v : root.toArray())
            if (v.isObject() && hasArticleType(v.toObject()))
                return v.toObject();
        return std::nullopt;
    }
    if (!root.isObject())
        return std::nullopt;
    QJsonObject o = root.toObject();
    if (!hasSchemaContext(o))
        return std::nullopt;
    if (!o.contains(u"@type") && o.value(u"@graph").isArray()) {
        for (const QJsonValue &v : o.value(u"@graph").toArray())
            if (v.isObject() && hasArticleType(v.toObject()))
                return v.toObject();
        return std::nullopt;
    }
    if (!hasArticleType(o))
        return std::nullopt;
    return o;
}

std::optional<JsonLdFields> readJsonLd(const QList<QByteArray> &blocks, const QString &documentTitle)
{
    for (QByteArray raw : blocks) {
        raw = raw.trimmed();
        if (raw.startsWith("<![CDATA["))
            raw = raw.mid(9);
        if (raw.endsWith("]]>"))
            raw.chop(3);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        if (err.error != QJsonParseError::NoError)
            continue;
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const auto article = findArticleObject(root);
        if (!article)
            continue;
        JsonLdFields f;
        const QJsonValue name = article->value(u"name");
        const QJsonValue headline = article->value(u"headline");
        if (name.isString() && headline.isString() && name.toString() != headline.toString()) {
            const bool nameMatches = textSimilarity(name.toString(), documentTitle) > 0.75;
            const bool headlineMatches = textSimilarity(headline.toString(), documentTitle) > 0.75;
            f.title = (headlineMatches && !nameMatches) ? headline.toString() : name.toString();
        } else if (name.isString()) {
            f.title = name.toString();
        } else if (headline.isString()) {
            f.title = headline.toString();
        }
        f.title = f.title.trimmed();
        f.byline = nameOf(article->value(u"author"));
        f.excerpt = article->value(u"description").toString().trimmed();
        const QJsonValue publisher = article->value(u"publisher");
        if (publisher.isObject())
            f.site = publisher.toObject().value(u"name").toString().trimmed();
        const QJsonValue date = article->value(u"datePublished");
        if (date.isString())
            f.date = date.toString().trimmed();
        return f;
    }
    return std::nullopt;
}

// <meta> values by normalised key ("og:title", "author", "article:published_time" …).
QHash<QString, QString> metaValues(const HtmlTree &tree)
{
    static const QRegularExpression propertyRe(
        u"\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameRe(
        u"^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?"
        "(author|creator|pub-date|description|title|site_name)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> values;
    for (int i = 0; i < tree.size(); ++i) {
        if (tree.tag(i) != Tag::Meta)
            continue;
        const QString content = str(tree.attr(i, Attr::Content)).trimmed();
        if (content.isEmpty())
            continue;
        const QString property = str(tree.attr(i, Attr::Property));
        bool matched = false;
        if (!property.isEmpty()) {
            auto it = propertyRe.globalMatch(property);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString key = m.captured(0).toLower().remove(u' ');
                values.insert(key, content);  // later wins, as in the DOM order scan
                matched = true;
            }
        }
        const QString name = str(tree.attr(i, Attr::Name));
        if (!matched && !name.isEmpty() && nameRe.match(name).hasMatch()) {
            QString key = name.toLower();
            key.remove(QRegularExpression(u"\\s"_s));
            key.replace(u'.', u':');
            values.insert(key, content);
        }
    }
    return values;
}

QString firstOf(const QHash<QString, QString> &v, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys) {
        const QString s = v.value(QString::fromUtf16(k));
        if (!s.isEmpty())
            return s;
    }
    return {};
}

QString pageDate(const HtmlTree &tree)
{
    for (int i = 0; i < tree.size(); ++i) {
        if (tree.isText(i))
            continue;
        const QByteArrayView itemprop = tree.attr(i, Attr::Itemprop);
        if (itemprop.contains("datePublished")) {
            const QByteArrayView v = tree.has(i, Attr::Content) ? tree.attr(i, Attr::Content) : tree.attr(i, Attr::Datetime);
            if (!v.isEmpty())
                return str(v).trimmed();
        }
    }
    for (int i = 0; i < tree.size(); ++i)
        if (tree.tag(i) == Tag::Time && !tree.attr(i, Attr::Datetime).isEmpty())
            return str(tree.attr(i, Attr::Datetime)).trimmed();
    return {};
}

} // namespace

QString titleFromTitleElement(const HtmlTree &tree)
{
    QString orig;
    for (int i = 0; i < tree.size(); ++i)
        if (tree.tag(i) == Tag::Title) {
            orig = tree.textContent(i).trimmed();
            break;
        }
    QString cur = orig;
    bool hierarchical = false;
    const QList<qsizetype> seps = separatorPositions(orig);
    if (!seps.isEmpty()) {
        // "Regression testing - Wikipedia" with <h1>Regression testing</h1>: the part the page
        // itself shows as its one main heading is the headline, the rest is the site's name
        if (const QList<int> h1 = elementsWithTag(tree, Tag::H1); h1.size() == 1) {
            const QString heading = collapseWhitespace(tree.textContent(h1.front()));
            qsizetype from = 0;
            for (qsizetype k = 0; k <= seps.size(); ++k) {
                const qsizetype to = k < seps.size() ? seps[k] : orig.size();
                const QString part = collapseWhitespace(QStringView(orig).mid(from, to - from));
                if (wordCount(part) >= 2 && part.compare(heading, Qt::CaseInsensitive) == 0)
                    return part;
                from = to + 3;  // past " X "
            }
        }

        for (qsizetype p : seps)
            hierarchical = hierarchical || isHierarchicalSeparator(orig[p + 1]);
        cur = orig.left(seps.back());
        if (wordCount(cur) < 3) {
            // everything after the first separator character
            qsizetype k = 0;
            while (k < orig.size() && !isSeparator(orig[k]))
                ++k;
            cur = k < orig.size() ? orig.mid(k + 1) : orig;
        }
    } else if (cur.contains(u": "_s)) {
        bool match = false;
        for (int i = 0; i < tree.size() && !match; ++i)
            if ((tree.tag(i) == Tag::H1 || tree.tag(i) == Tag::H2) && tree.textContent(i).trimmed() == cur.trimmed())
                match = true;
        if (!match) {
            cur = orig.mid(orig.lastIndexOf(u':') + 1);
            if (wordCount(cur) < 3)
                cur = orig.mid(orig.indexOf(u':') + 1);
            else if (wordCount(QStringView(orig).left(orig.indexOf(u':'))) > 5)
                cur = orig;
        }
    } else if (cur.size() > 150 || cur.size() < 15) {
        const QList<int> h1 = elementsWithTag(tree, Tag::H1);
        if (h1.size() == 1)
            cur = tree.textContent(h1.front());
    }
    cur = collapseWhitespace(cur);
    const int words = wordCount(cur);
    if (words <= 4) {
        QString stripped = orig;
        stripped.remove(QRegularExpression(u"[\\|\\-–—\\\\/>»]+"_s));
        if (!hierarchical || words != wordCount(stripped) - 1)
            cur = orig;
    }
    return cur;
}

PageMetadata readPageMetadata(const HtmlTree &tree, const QList<QByteArray> &jsonLd)
{
    PageMetadata m;
    m.documentTitle = titleFromTitleElement(tree);
    const auto ld = readJsonLd(jsonLd, m.documentTitle);
    const QHash<QString, QString> v = metaValues(tree);

    m.title = ld && !ld->title.isEmpty()
                  ? ld->title
                  : firstOf(v, {u"dc:title", u"dcterm:title", u"og:title", u"weibo:article:title",
                                u"weibo:webpage:title", u"title", u"twitter:title", u"parsely-title"});
    m.titleDeclared = !m.title.isEmpty();
    if (m.title.isEmpty())
        m.title = m.documentTitle;

    m.byline = ld && !ld->byline.isEmpty() ? ld->byline
                                           : firstOf(v, {u"dc:creator", u"dcterm:creator", u"author", u"parsely-author"});
    if (m.byline.isEmpty()) {
        const QString articleAuthor = v.value(u"article:author"_s);
        if (!articleAuthor.isEmpty() && !articleAuthor.startsWith(u"http"))
            m.byline = articleAuthor;
    }
    m.excerpt = ld && !ld->excerpt.isEmpty()
                    ? ld->excerpt
                    : firstOf(v, {u"dc:description", u"dcterm:description", u"og:description",
                                  u"weibo:article:description", u"weibo:webpage:description", u"description",
                                  u"twitter:description"});
    m.site = ld && !ld->site.isEmpty() ? ld->site : firstOf(v, {u"og:site_name"});
    m.date = ld && !ld->date.isEmpty() ? ld->date
                                       : firstOf(v, {u"article:published_time", u"parsely-pub-date"});
    if (m.date.isEmpty())
        m.date = pageDate(tree);

    for (int i = 0; i < tree.size(); ++i) {
        if (tree.tag(i) == Tag::Html && m.lang.isEmpty())
            m.lang = str(tree.attr(i, Attr::Lang)).trimmed();
        if (tree.tag(i) == Tag::Link && m.canonicalUrl.isEmpty() && tree.attr(i, Attr::Rel) == "canonical")
            m.canonicalUrl = str(tree.attr(i, Attr::Href)).trimmed();
        if (tree.tag(i) == Tag::Meta && m.canonicalUrl.isEmpty() && tree.attr(i, Attr::Property) == "og:url")
            m.canonicalUrl = str(tree.attr(i, Attr::Content)).trimmed();
    }

    for (QString *s : {&m.title, &m.byline, &m.excerpt, &m.site, &m.date})
        *s = collapseWhitespace(unescapeHtmlEntities(*s));
    return m;
}

} // namespace lede
