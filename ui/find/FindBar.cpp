#include "find/FindBar.h"

#include "text/TextSearch.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace lede::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_case(new QCheckBox(tr("Match &case"), this)),
      m_status(new QLabel(this))
{
    setAccessibleName(tr("Find in article"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setAccessibleName(tr("Find text"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    auto *prev = new QToolButton(this);
    prev->setArrowType(Qt::UpArrow);
    prev->setToolTip(tr("Previous match (Shift+F3)"));
    prev->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find bar"));
    m_case->setAccessibleName(tr("Match case"));
    m_status->setAccessibleName(tr("Match count"));
    m_status->setMinimumWidth(90);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field);
    layout->addWidget(prev);
    layout->addWidget(next);
    layout->addWidget(m_case);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_case, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(prev, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    updateStatus();
}

void FindBar::setText(const QString &documentText)
{
    m_text = documentText;
    m_cursor = 0;
    search();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        search();
}

void FindBar::search()
{
    FindOptions opts;
    opts.caseSensitive = m_case->isChecked();
    m_matches = isVisible() ? findAll(m_text, m_field->text(), opts) : QList<TextRange>();
    m_current = -1;
    Q_EMIT matchesChanged(m_matches);
    if (!m_matches.isEmpty())
        select(nextRangeIndex(m_matches, m_cursor));
    updateStatus();
}

void FindBar::select(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    m_current = index;
    Q_EMIT matchSelected(m_matches[index]);
    updateStatus();
}

void FindBar::findNext()
{
    if (!isVisible()) {
        activate();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const int from = m_current >= 0 ? m_matches[m_current].start + 1 : m_cursor;
    select(nextRangeIndex(m_matches, from));
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        activate();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const int from = m_current >= 0 ? m_matches[m_current].start : m_cursor;
    select(previousRangeIndex(m_matches, from));
}

void FindBar::updateStatus()
{
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (m_matches.isEmpty())
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 of %2%3")
                              .arg(m_current + 1)
                              .arg(m_matches.size())
                              .arg(m_matches.size() >= FindOptions().maxResults ? QStringLiteral("+") : QString()));
}

void FindBar::dismiss()
{
    hide();
    m_matches.clear();
    m_current = -1;
    Q_EMIT matchesChanged(m_matches);
    Q_EMIT closed();
}

void FindBar::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(e);
}

} // namespace lede::ui
