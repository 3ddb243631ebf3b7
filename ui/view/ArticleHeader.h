// ArticleHeader: the line above the article with what the source says about it — byline,
// date, site and address — for web pages and other sources that carry them. Hidden when the
// document has none of these (plain text). Shown as text only: nothing is fetched.
#pragma once

#include "document/Document.h"

#include <QLabel>

namespace lede::ui {

class ArticleHeader final : public QLabel {
    Q_OBJECT
public:
    explicit ArticleHeader(QWidget *parent = nullptr);
    void setDocument(const Document &doc);
    void applyTheme();
};

} // namespace lede::ui
