// FindBar: find in article (Ctrl+F). A search field, previous/next, match case, the
// "2 of 14" count, and close (Esc). It asks the core (findAll) for the matches and tells the
// reading view what to highlight and select.
#pragma once

#include "core/TextRange.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace lede::ui {

class FindBar final : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setText(const QString &documentText);  // the text to search (the current document)
    void activate();                            // show, focus, select the query
    void findNext();
    void findPrevious();
    void dismiss();  // hide and clear the highlighted matches
    void setCursorPosition(int pos) { m_cursor = pos; }  // where "next" starts
    const QList<TextRange> &matches() const { return m_matches; }
    int currentMatch() const { return m_current; }
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    void matchesChanged(const QList<TextRange> &matches);
    void matchSelected(TextRange range);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *e) override;

private:
    void search();
    void select(int index);
    void updateStatus();

    QLineEdit *m_field;
    QCheckBox *m_case;
    QLabel *m_status;
    QString m_text;
    QList<TextRange> m_matches;
    int m_current = -1;
    int m_cursor = 0;
};

} // namespace lede::ui
