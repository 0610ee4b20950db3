// The bar above the window's content while an offline copy is open: where the
// copy came from and how old its data are, how many comments wait to be sent
// back, and a button that sends them. It shows what it is given (the words
// come from models/offline) and says when the user asks to send.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace civicstat {

class OfflineBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // `pending`: "2 comments to send back", empty when none (the button is then disabled).
    void showCopy(const QString &text, const QString &pending, const QString &source);
    QString text() const;
    QLabel *label() const { return m_label; }
    QPushButton *sendButton() const { return m_send; }

signals:
    void sendRequested();

private:
    QLabel *m_label;
    QLabel *m_pending;
    QPushButton *m_send;
};

} // namespace civicstat
