#include "document/HtmlEntities.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace lede {

QString decodeHtmlEntity(const QString &entity)
{
    if (entity.size() < 3 || entity.front() != u'&' || entity.back() != u';')
        return entity;
    const QStringView body = QStringView(entity).mid(1, entity.size() - 2);
    if (body.startsWith(u'#')) {
        bool ok = false;
        const uint cp = (body.size() > 1 && (body[1] == u'x' || body[1] == u'X')) ? body.mid(2).toUInt(&ok, 16)
                                                                                  : body.mid(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return QString(QChar(QChar::ReplacementCharacter));
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, char16_t> names = {
        {u"amp"_s, u'&'},      {u"lt"_s, u'<'},       {u"gt"_s, u'>'},       {u"quot"_s, u'"'},
        {u"apos"_s, u'\''},    {u"nbsp"_s, 0x00A0},   {u"copy"_s, 0x00A9},   {u"reg"_s, 0x00AE},
        {u"trade"_s, 0x2122},  {u"hellip"_s, 0x2026}, {u"mdash"_s, 0x2014},  {u"ndash"_s, 0x2013},
        {u"lsquo"_s, 0x2018},  {u"rsquo"_s, 0x2019},  {u"ldquo"_s, 0x201C},  {u"rdquo"_s, 0x201D},
        {u"laquo"_s, 0x00AB},  {u"raquo"_s, 0x00BB},  {u"bdquo"_s, 0x201E},  {u"sbquo"_s, 0x201A},
        {u"middot"_s, 0x00B7}, {u"bull"_s, 0x2022},   {u"deg"_s, 0x00B0},    {u"euro"_s, 0x20AC},
        {u"pound"_s, 0x00A3},  {u"yen"_s, 0x00A5},    {u"cent"_s, 0x00A2},   {u"sect"_s, 0x00A7},
        {u"para"_s, 0x00B6},   {u"times"_s, 0x00D7},  {u"divide"_s, 0x00F7}, {u"eacute"_s, 0x00E9},
        {u"egrave"_s, 0x00E8}, {u"aacute"_s, 0x00E1}, {u"agrave"_s, 0x00E0}, {u"ouml"_s, 0x00F6},
        {u"uuml"_s, 0x00FC},   {u"auml"_s, 0x00E4},   {u"szlig"_s, 0x00DF},  {u"ccedil"_s, 0x00E7},
        {u"ntilde"_s, 0x00F1}, {u"iacute"_s, 0x00ED}, {u"oacute"_s, 0x00F3}, {u"uacute"_s, 0x00FA},
        {u"shy"_s, 0x00AD},    {u"thinsp"_s, 0x2009}, {u"ensp"_s, 0x2002},   {u"emsp"_s, 0x2003},
        {u"prime"_s, 0x2032},  {u"Prime"_s, 0x2033},
    };
    const auto it = names.constFind(body.toString());
    return it == names.cend() ? entity : QString(QChar(*it));
}

} // namespace lede
