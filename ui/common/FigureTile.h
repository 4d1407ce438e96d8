#pragma once

#include <QFrame>

class QLabel;

namespace bd {

// One key figure of a workspace: a large number over its caption.
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace bd
