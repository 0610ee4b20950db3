// A measure's page shows the note that explains its target beside the target:
// the latest target's, and the one of the period viewed when that is an earlier target.
#include "measurepanel.h"

#include <QApplication>
#include <QTest>
#include <QTextBrowser>

using namespace civicstat;

namespace {

MeasureDetail detailWithTargets()
{
    MeasureDetail d;
    d.measure.code = QStringLiteral("1851");
    d.measure.name = QStringLiteral("Average days from appeal to hearing");
    d.measure.direction = Direction::Lower;
    d.measure.frequency = Frequency::Annual;
    d.measure.decimals = 0;
    Target fy25;
    fy25.effectiveFrom = QDate(2024, 7, 1);
    fy25.value = 60;
    fy25.note = QStringLiteral("Greater than about 25 days:\nthe notice period is 21 days.");
    Target fy26;
    fy26.effectiveFrom = QDate(2025, 7, 1);
    fy26.value = 75;
    fy26.note = QStringLiteral("Improves on the FY2024 actual of 100 days.");
    d.measure.targets = {fy25, fy26};
    d.kind = PeriodKind::FiscalYear;
    d.current.period = *Period::parse(QStringLiteral("FY2025"), 7);
    d.current.target = fy25;
    return d;
}

} // namespace

class MeasurePanelTest final : public QObject
{
    Q_OBJECT

private slots:
    void about_showsTheTargetsNotes()
    {
        MeasurePanel panel;
        panel.showDetail(detailWithTargets());
        const QString about = panel.about()->toPlainText();
        QVERIFY2(about.contains(QLatin1String("Why this target")), qPrintable(about));
        QVERIFY2(about.contains(QLatin1String("Improves on the FY2024 actual of 100 days.")), qPrintable(about));
        QVERIFY2(about.contains(QLatin1String("Why the target for FY2025")), qPrintable(about));
        // The note's own line break is kept.
        QVERIFY2(about.contains(QLatin1String("about 25 days:\nthe notice period")), qPrintable(about));
    }

    void about_targetWithoutNote_saysNothingMore()
    {
        MeasureDetail d = detailWithTargets();
        for (Target &t : d.measure.targets)
            t.note.clear();
        d.current.target->note.clear();
        MeasurePanel panel;
        panel.showDetail(d);
        QVERIFY(!panel.about()->toPlainText().contains(QLatin1String("Why")));
    }
};

QTEST_MAIN(MeasurePanelTest)
#include "tst_measurepanel.moc"
