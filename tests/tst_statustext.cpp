// The overview's headline sentence counts every measure once: the numbers it
// states add up to the total it states, whatever the statuses.
#include "statustext.h"

#include <QRegularExpression>
#include <QTest>

using namespace civicstat;

class StatusTextTest final : public QObject
{
    Q_OBJECT

private slots:
    void measureCountsSentence_namesTheMeasuresWithoutFiguresOrTarget()
    {
        StatusCounts counts;
        counts.onTrack = 37;
        counts.atRisk = 19;
        counts.offTrack = 9;
        counts.noData = 40;
        counts.noTarget = 15;
        QCOMPARE(measureCountsSentence(counts, PeriodKind::Month),
                 QStringLiteral("37 of 120 measures on track, 19 at risk, 9 off track, "
                                "55 without figures or target this month."));
        QCOMPARE(measureCountsSentence(counts, PeriodKind::FiscalQuarter),
                 QStringLiteral("37 of 120 measures on track, 19 at risk, 9 off track, "
                                "55 without figures or target this quarter."));
    }

    void measureCountsSentence_everyMeasureScored_leavesOutTheEmptyClause()
    {
        StatusCounts counts;
        counts.onTrack = 3;
        counts.atRisk = 1;
        counts.offTrack = 2;
        QCOMPARE(measureCountsSentence(counts, PeriodKind::FiscalYear),
                 QStringLiteral("3 of 6 measures on track, 1 at risk, 2 off track."));
    }

    void measureCountsSentence_numbersAddUpToTheTotal_data()
    {
        QTest::addColumn<int>("onTrack");
        QTest::addColumn<int>("atRisk");
        QTest::addColumn<int>("offTrack");
        QTest::addColumn<int>("noData");
        QTest::addColumn<int>("noTarget");
        QTest::newRow("none scored") << 0 << 0 << 0 << 7 << 5;
        QTest::newRow("only no target") << 2 << 0 << 1 << 0 << 4;
        QTest::newRow("only no data") << 0 << 3 << 0 << 9 << 0;
    }

    void measureCountsSentence_numbersAddUpToTheTotal()
    {
        StatusCounts counts;
        QFETCH(int, onTrack);
        QFETCH(int, atRisk);
        QFETCH(int, offTrack);
        QFETCH(int, noData);
        QFETCH(int, noTarget);
        counts.onTrack = onTrack;
        counts.atRisk = atRisk;
        counts.offTrack = offTrack;
        counts.noData = noData;
        counts.noTarget = noTarget;
        const QString sentence = measureCountsSentence(counts, PeriodKind::Month);
        // The second number is the total; the others are its parts.
        QList<int> numbers;
        for (const auto &match : QRegularExpression(QStringLiteral("\\d+")).globalMatch(sentence))
            numbers << match.captured().toInt();
        QVERIFY2(numbers.size() >= 5, qPrintable(sentence));
        QCOMPARE(numbers.at(1), counts.total());
        int parts = numbers.at(0);
        for (int i = 2; i < numbers.size(); ++i)
            parts += numbers.at(i);
        QCOMPARE(parts, counts.total());
    }
};

QTEST_GUILESS_MAIN(StatusTextTest)
#include "tst_statustext.moc"
