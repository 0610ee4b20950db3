// Help > How to read CivicStat (F1): the screens and how to move between
// them, what each status and a score mean under this city's settings
// (readingguide.h), how periods are named, and every key. Stays open beside
// the window, so that a new user can read it while trying what it says.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace civicstat {

struct CitySettings;

struct ShortcutLine {
    QString keys; // "Ctrl+F", in the platform's own words
    QString what; // "Find"
};

class ReadingGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReadingGuideDialog(QWidget *parent = nullptr);

    // `menuShortcuts` are the window's menu commands that have keys; the keys
    // of the pages themselves (Tab, Enter, Ctrl+Tab...) are added here.
    void setContent(const CitySettings &settings, const QList<ShortcutLine> &menuShortcuts);
    QString text() const;
    QString html() const;

private:
    QTextBrowser *m_browser;
};

} // namespace civicstat
