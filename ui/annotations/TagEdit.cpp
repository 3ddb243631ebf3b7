#include "annotations/TagEdit.h"

#include "annotations/Annotation.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

using namespace Qt::Literals::StringLiterals;

namespace lede::ui {

TagEdit::TagEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    setPlaceholderText(tr("Tags, separated by commas"));
    connect(this, &QLineEdit::textEdited, this, &TagEdit::updateCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagEdit::insertCompletion);
}

void TagEdit::setKnownTags(const QStringList &tags) { m_model->setStringList(tags); }

void TagEdit::setTags(const QStringList &tags) { setText(tags.join(u", "_s)); }

QStringList TagEdit::tags() const { return normalizedTags(text().split(u',')); }

QString TagEdit::currentToken() const
{
    const QString before = text().left(cursorPosition());
    return before.mid(before.lastIndexOf(u',') + 1).trimmed();
}

void TagEdit::updateCompletion()
{
    const QString token = currentToken();
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(token);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion().compare(token, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagEdit::insertCompletion(const QString &tag)
{
    const QString all = text();
    const int cursor = cursorPosition();
    const int start = int(all.left(cursor).lastIndexOf(u',')) + 1;
    int end = int(all.indexOf(u',', cursor));
    if (end < 0)
        end = int(all.size());
    QString head = all.left(start);
    if (!head.isEmpty())
        head += u' ';
    const QString tail = all.mid(end);
    setText(head + tag + u", "_s + tail.mid(tail.startsWith(u',') ? 1 : 0).trimmed());
    setCursorPosition(int(head.size() + tag.size()) + 2);
}

void TagEdit::keyPressEvent(QKeyEvent *e)
{
    // While the list is open, Enter/Tab pick the completion instead of closing the dialog.
    if (m_completer->popup()->isVisible()) {
        switch (e->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            e->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(e);
}

} // namespace lede::ui
