// TagEdit: a line edit for a comma-separated list of tags that completes the tag being typed
// from the tags already used (AnnotationStore::allTags()).
//
//   auto *edit = new TagEdit(parent);
//   edit->setKnownTags(store->allTags().value_or({}));
//   edit->setTags({"burma"});  …  edit->tags()   // trimmed, no empties, no duplicates
#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace lede::ui {

class TagEdit final : public QLineEdit {
    Q_OBJECT
public:
    explicit TagEdit(QWidget *parent = nullptr);

    void setKnownTags(const QStringList &tags);
    void setTags(const QStringList &tags);
    QStringList tags() const;
    QCompleter *tagCompleter() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *e) override;

private:
    void updateCompletion();
    void insertCompletion(const QString &tag);
    QString currentToken() const;

    QCompleter *m_completer;
    QStringListModel *m_model;
};

} // namespace lede::ui
