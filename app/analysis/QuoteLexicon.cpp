#include "analysis/QuoteLexicon.h"

#include "core/Resources.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString readResource(const QString &path)
{
    initResources();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

struct WordList {
    WordFlags flag;
    const char16_t *words;  // space-separated
};

// Closed-class English words. Kept here, not in a resource: they are grammar, not data.
constexpr WordList kWordLists[] = {
    {WordFlag::Pronoun, u"he she they i we you it who him them us me"},
    {WordFlag::Determiner, u"the a an this that these those his her their its our my your some any "
                           u"every each another no"},
    {WordFlag::Possessive, u"his her their its our my your"},
    {WordFlag::Auxiliary, u"has have had having is are was were be been being will would shall should "
                          u"can could may might must did does do 's 've 'd ’s ’ve ’d 'll ’ll also"},
    {WordFlag::Adverb, u"also later previously recently earlier again once then still even just already "
                       u"now often long further first last subsequently separately initially "
                       u"repeatedly reportedly apparently simply indeed however too instead since "
                       u"yesterday today tonight soon ago"},
    {WordFlag::Negation, u"not n't n’t never"},
    {WordFlag::Preposition, u"in on at of for with by from about into onto over under after before "
                            u"during against between among through toward towards without within "
                            u"upon to as via like than despite amid across behind near around"},
    {WordFlag::Conjunction, u"and or but nor yet so"},
    {WordFlag::Subordinator, u"because although though while if when whether since as unless until "
                             u"whereas where after before once"},
    {WordFlag::Relative, u"who which whom whose that"},
    {WordFlag::Listener, u"reporters journalists him her them me us you audience crowd supporters "
                         u"interviewers viewers listeners"},
    {WordFlag::Quantifier, u"some many most several both all few others one two three four five "
                           u"more fewer half"},
    {WordFlag::Temporal, u"monday tuesday wednesday thursday friday saturday sunday yesterday today "
                         u"tonight morning evening afternoon night week month year earlier later "
                         u"recently"},
    {WordFlag::CommonVerb, u"is are was were be been has have had do does did get got make made take "
                           u"took go went come came give gave put set keep kept let become became "
                           u"began begin seem appear leave left run ran win won lose lost "
                           u"there here"},
};

struct PronounRow {
    const char16_t *words;
    Gender gender;
    Number number;
    bool person3;
};

constexpr PronounRow kPronouns[] = {
    {u"he him his himself", Gender::Male, Number::Singular, true},
    {u"she her hers herself", Gender::Female, Number::Singular, true},
    {u"they them their theirs themselves", Gender::Unknown, Number::Plural, true},
    {u"it its itself", Gender::Unknown, Number::Singular, true},
    {u"i me my we us our you your", Gender::Unknown, Number::Unknown, false},
    {u"who", Gender::Unknown, Number::Unknown, true},
};

} // namespace

const QuoteLexicon &QuoteLexicon::get()
{
    static const QuoteLexicon lex(readResource(u":/lexicon/speech-cues.txt"_s),
                                  readResource(u":/lexicon/given-names-gender.txt"_s));
    return lex;
}

QuoteLexicon::QuoteLexicon(const QString &cueTable, const QString &namesTable)
{
    for (const WordList &l : kWordLists)
        for (QStringView w : QStringView(l.words).split(u' ', Qt::SkipEmptyParts))
            m_flags[w.toString()] |= l.flag;
    for (const PronounRow &r : kPronouns)
        for (QStringView w : QStringView(r.words).split(u' ', Qt::SkipEmptyParts))
            m_pronouns.insert(w.toString(), PronounInfo{r.gender, r.number, r.person3});

    for (QStringView line : QStringView(cueTable).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> cols = line.split(u'\t');
        if (cols.size() < 3)
            continue;
        CueInfo base;
        base.lemma = cols[0].toString();
        base.cls = cols[2] == u"attitude" ? CueClass::Attitude : CueClass::Speech;
        if (cols.size() > 3) {
            for (QStringView f : cols[3].split(u',', Qt::SkipEmptyParts)) {
                f = f.trimmed();
                if (f == u"listener")
                    base.frames |= CueFrame::Listener;
                else if (f == u"particle")
                    base.frames |= CueFrame::NeedsParticle;
                else if (f == u"nodirect")
                    base.frames |= CueFrame::NoDirect;
                else if (f == u"topic")
                    base.frames |= CueFrame::TopicObject;
                else if (f == u"directonly")
                    base.frames |= CueFrame::DirectOnly;
                else if (f.startsWith(u'+'))
                    base.particles.append(f.mid(1).toString());
            }
        }
        for (QStringView form : cols[1].split(u' ', Qt::SkipEmptyParts)) {
            CueInfo info = base;
            if (form.endsWith(u"ing"))
                info.frames |= CueFrame::Participle;
            if (form.endsWith(u"ed") || form == u"told" || form == u"said" || form == u"written"
                || form == u"shown" || form == u"found" || form == u"sought" || form == u"thought"
                || form == u"known")
                info.frames |= CueFrame::PastParticiple;
            m_cues.insert(form.toString(), info);
        }
    }
    for (QStringView line : QStringView(namesTable).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0 || tab + 1 >= line.size())
            continue;
        const QChar g = line[tab + 1];
        m_names.insert(line.left(tab).toString(), g == u'f' ? Gender::Female : Gender::Male);
    }
}

const CueInfo *QuoteLexicon::cue(const QString &lowerForm) const
{
    auto it = m_cues.constFind(lowerForm);
    return it == m_cues.cend() ? nullptr : &it.value();
}

WordFlags QuoteLexicon::flags(const QString &lowerForm) const
{
    auto it = m_flags.constFind(lowerForm);
    WordFlags f = it == m_flags.cend() ? 0 : it.value();
    if (lowerForm.size() > 4 && lowerForm.endsWith(u"ly") && !lowerForm.endsWith(u"ply")
        && !lowerForm.endsWith(u"ally") && lowerForm != u"italy" && lowerForm != u"family")
        f |= WordFlag::Adverb;
    else if (lowerForm.size() > 6 && lowerForm.endsWith(u"ally"))
        f |= WordFlag::Adverb;
    return f;
}

std::optional<PronounInfo> QuoteLexicon::pronoun(const QString &lowerForm) const
{
    auto it = m_pronouns.constFind(lowerForm);
    if (it == m_pronouns.cend())
        return std::nullopt;
    return it.value();
}

Gender QuoteLexicon::givenNameGender(QStringView name) const
{
    return m_names.value(name.toString().toLower(), Gender::Unknown);
}

} // namespace lede
