#include "analysis/ner/NerSpanCleanup.h"

namespace lede::ner {

bool hasLetterOrDigit(QStringView token)
{
    for (QChar c : token)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

bool separatesNames(QStringView token)
{
    if (token.isEmpty() || hasLetterOrDigit(token))
        return false;
    for (QChar c : token) {
        switch (c.unicode()) {
        case u';': case u',': case u'|': case u'[': case u']': case u'{': case u'}': case u'"': case u'\u201C':
        case u'\u201D': case u'\u00AB': case u'\u00BB': case u'^': case u'*': case u'\u2022': case u'=':
        case u'+': case u'<': case u'>': case u'#': case u'@': case u'~':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool trimmedFromStart(QStringView token)
{
    return !hasLetterOrDigit(token);  // a name begins with a letter or digit
}

bool trimmedFromEnd(QStringView token)
{
    if (hasLetterOrDigit(token))
        return false;
    // kept: an abbreviation's period ("Rep ."), a closing parenthesis ("Mladost ( L )"), a
    // possessive apostrophe ("Cup Winners '"), "!" ("Yahoo!")
    return !(token == u"." || token == u")" || token == u"'" || token == u"\u2019" || token == u"!");
}

bool strayLetter(QStringView token)
{
    return token.size() == 1 && token[0].isLower();
}

} // namespace lede::ner
