// What the window shows in place of the scorecard when no database is open:
// a database that could not be opened (named, with the reason in words), or a
// plain welcome; and the three ways on, each the same as its File menu command.
// It only shows what it is given and says what was asked for.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace civicstat {

class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // `location` could not be opened because of `reason` (a sentence or more, for the user).
    void showProblem(const QString &location, const QString &reason);
    // No database, and nothing went wrong: a welcome.
    void showWelcome();

    QString heading() const;
    // Everything the page says, its heading first.
    QString text() const;
    QPushButton *openButton() const { return m_open; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *demoButton() const { return m_demo; }

signals:
    void openRequested();
    void newRequested();
    void demoRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_heading;
    QLabel *m_location;
    QLabel *m_reason;
    QLabel *m_next;
    QPushButton *m_open;
    QPushButton *m_new;
    QPushButton *m_demo;
};

} // namespace civicstat
