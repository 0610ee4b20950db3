// The File menu's exports: the scorecard on screen as XLSX or CSV for an
// audience, and the measure page's chart as PNG or SVG. The files are written
// by models/exports and widgets/chartimage; here are the dialogs and the folder.
#include "mainwindow.h"

#include "breakdownchart.h"

#include "appsettings.h"
#include "chartimage.h"
#include "editionscorecard.h"
#include "exportscorecarddialog.h"
#include "measurechart.h"
#include "measurepanel.h"
#include "storeerror.h"
#include "windowerrortext.h"

#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace civicstat {

namespace {

// A file name from the city, scope and period: "Riverton G1 FY2027 public.xlsx" loses nothing on any system.
QString suggestedName(const QStringList &parts, const QString &suffix)
{
    QString name = parts.join(QLatin1Char(' '));
    name.replace(QRegularExpression(QStringLiteral("[^\\w .-]+")), QStringLiteral("-"));
    return name.simplified() + QLatin1Char('.') + suffix;
}

QString exportFolder(const QString &databasePath)
{
    const QString remembered = appsettings::exportFolder();
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QFileInfo(databasePath).absolutePath() : documents;
}

} // namespace

Scope MainWindow::scopeShown() const
{
    Scope scope;
    switch (m_location.level) {
    case Level::Citywide: break;
    case Level::Goal: scope = {Scope::Kind::Goal, m_location.code}; break;
    case Level::Objective: scope = {Scope::Kind::Objective, m_location.code}; break;
    case Level::Department: scope = {Scope::Kind::Department, m_location.code}; break;
    case Level::Measure:
        // A measure's page exports the scorecard of its objective, the measure among its neighbours.
        if (m_snapshot) {
            const Structure &s = m_snapshot->structure();
            if (const Measure *m = s.measureByCode(m_location.code)) {
                for (const Objective &o : s.objectives) {
                    if (o.id == m->objectiveId)
                        scope = {Scope::Kind::Objective, o.code};
                }
            }
        }
        break;
    }
    return scope;
}

QString MainWindow::exportScorecardTo(const QString &path, Audience audience)
{
    if (!m_store || !m_snapshot)
        return tr("Open a database first.");
    Edition edition;
    edition.audience = audience;
    try {
        const EditionScorecard scorecard = loadEditionScorecard(*m_store, m_snapshot->period(), scopeShown(), edition);
        saveScorecard(scorecard, path);
        QString done = tr("Exported the %1 to %2.").arg(edition.title().toLower(), QDir::toNativeSeparators(path));
        if (const QString hidden = scorecard.hiddenInScopeNote(); !hidden.isEmpty())
            done += QLatin1Char(' ') + hidden + QLatin1Char('.');
        m_statusText->setText(done);
        return {};
    } catch (const StoreError &error) {
        return windowText(error);
    }
}

void MainWindow::exportScorecard()
{
    if (!m_store || !m_snapshot)
        return;
    const Scope scope = scopeShown();
    const Structure &s = m_snapshot->structure();
    QString scopeName = m_snapshot->settings().cityName;
    if (const Goal *g = scope.kind == Scope::Kind::Goal ? s.goalByCode(scope.code) : nullptr)
        scopeName = tr("goal %1 (%2)").arg(g->code, g->name);
    else if (const Objective *o = scope.kind == Scope::Kind::Objective ? s.objectiveByCode(scope.code) : nullptr)
        scopeName = tr("objective %1 (%2)").arg(o->code, o->name);
    else if (const Department *d = scope.kind == Scope::Kind::Department ? s.departmentByCode(scope.code) : nullptr)
        scopeName = tr("department %1 (%2)").arg(d->code, d->name);
    const QString period = m_snapshot->period().text();
    ExportScorecardDialog ask(tr("%1, %2").arg(scopeName, period), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const Audience audience = ask.audience();

    const QString workbook = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV file (*.csv)");
    const bool csvLast = appsettings::exportFileType() == QLatin1String("csv");
    QString filter = csvLast ? csv : workbook;
    const QStringList parts{m_snapshot->settings().cityName, scope.code.isEmpty() ? tr("citywide") : scope.code,
                            period, toText(audience)};
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export scorecard"),
        QDir(exportFolder(m_path)).filePath(suggestedName(parts, csvLast ? QStringLiteral("csv") : QStringLiteral("xlsx"))),
        workbook + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const QString chosenSuffix = filter == csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    if (!scorecardFileFormat(path))
        path += QLatin1Char('.') + chosenSuffix; // the file type chosen decides when the name has no ending
    appsettings::setExportFolder(QFileInfo(path).absolutePath());
    appsettings::setExportFileType(QFileInfo(path).suffix().toLower());
    if (const QString problem = exportScorecardTo(path, audience); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export scorecard"), problem);
}

QString MainWindow::saveChartTo(const QString &path, ChartImageFormat format, ChartSource source)
{
    const bool history = source == ChartSource::History;
    QChartView *view = history ? m_measure->chart()->chartView() : m_measure->breakdown()->chartView();
    const QString title = history ? m_measure->chart()->measure().name : m_measure->breakdown()->title();
    QSaveFile file(path);
    bool written = false;
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (format == ChartImageFormat::Svg) {
            const QByteArray svg = chartSvg(view, title);
            written = file.write(svg) == svg.size();
        } else {
            written = chartImage(view).save(&file, "PNG");
        }
        written = written && file.commit();
    }
    if (!written) {
        file.cancelWriting();
        return tr("Cannot write %1: %2. Nothing was written; choose another folder or free some space and try again.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    m_statusText->setText(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void MainWindow::saveChart(ChartImageFormat format, ChartSource source)
{
    const Measure &measure = m_measure->chart()->measure();
    const QString which = source == ChartSource::Breakdown ? QStringLiteral("breakdown") : QString();
    const QString suffix = fileSuffix(format);
    const QString filter = format == ChartImageFormat::Svg ? tr("SVG drawing (*.svg)") : tr("PNG picture (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"),
        QDir(exportFolder(m_path)).filePath(suggestedName({measure.code, which, m_snapshot ? m_snapshot->period().text() : QString()}, suffix)),
        filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    appsettings::setExportFolder(QFileInfo(path).absolutePath());
    if (const QString problem = saveChartTo(path, format, source); !problem.isEmpty())
        QMessageBox::warning(this, tr("Save chart"), problem);
}

} // namespace civicstat
