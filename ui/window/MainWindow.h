// MainWindow: composes the reader — the reading view with its find bar, the side panel,
// the menus and the status bar — and wires them to the DocumentSession. It holds no text
// logic: the session loads and analyses, the core finds, the widgets show.
#pragma once

#include "window/MainActions.h"

#include <QMainWindow>

#include <memory>

namespace lede {
class AnnotationStore;
class DocumentAnnotations;
class DocumentSession;
class Document;
}

namespace lede::ui {

class AnalysisStatus;
class ArticleHeader;
class ArticleView;
class FindBar;
class MentionNavigator;
class SidePanel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    void openSample();
    // Opens a web address: its kept copy when there is one, else the Open URL dialog fetches it.
    void openUrl(const QUrl &url);
    void showOpenUrlDialog(const QString &address = {});

    DocumentSession *session() const { return m_session; }
    // The annotation store (nullptr if it could not be opened) and the open document's
    // annotations with their undo stack (the window's Edit ▸ Undo/Redo).
    AnnotationStore *annotationStore() const { return m_store.get(); }
    DocumentAnnotations *annotations() const { return m_annotations; }
    ArticleView *articleView() const { return m_view; }
    ArticleHeader *articleHeader() const { return m_header; }
    SidePanel *sidePanel() const { return m_panel; }
    FindBar *findBar() const { return m_findBar; }
    AnalysisStatus *analysisStatus() const { return m_status; }
    const MainActions &actions() const { return m_actions; }
    const MentionNavigator &navigator() const { return *m_navigator; }

protected:
    void closeEvent(QCloseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void connectActions();
    void connectSession();
    void connectAnnotations();
    void onDocumentOpened();
    void onAnalysisFinished();
    void showEntity(int entityIndex);
    void showMention(int mentionIndex);
    void showQuote(int quoteIndex);
    void stepMention(bool forward);
    void showError(const QString &title, const QString &message);
    void rebuildRecentMenu();
    void setZoom(int steps);
    void setTheme(int choice);
    void chooseFile();

    DocumentSession *m_session;
    std::unique_ptr<AnnotationStore> m_store;
    DocumentAnnotations *m_annotations = nullptr;
    ArticleView *m_view;
    ArticleHeader *m_header;
    FindBar *m_findBar;
    SidePanel *m_panel;
    AnalysisStatus *m_status;
    MainActions m_actions;
    std::unique_ptr<MentionNavigator> m_navigator;
    QString m_pendingPath;  // the file being opened (for the recent list once it opens)
};

} // namespace lede::ui
