// The drill path above the content ("Riverton › Safe neighbourhoods › Fast
// emergency call answering"), each step a button that goes back up to it.
#pragma once

#include "scorecard.h"

#include <QWidget>

class QHBoxLayout;

namespace civicstat {

struct Crumb {
    Level level = Level::Citywide;
    QString code;
    QString name;
};

class BreadcrumbBar final : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setPath(const std::vector<Crumb> &path);
    const std::vector<Crumb> &path() const { return m_path; }

signals:
    void crumbActivated(civicstat::Level level, const QString &code);

private:
    QHBoxLayout *m_layout;
    std::vector<Crumb> m_path;
};

} // namespace civicstat
