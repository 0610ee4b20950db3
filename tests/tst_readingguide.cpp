// Help > How to read CivicStat explains the rules with this city's own
// settings: a changed tolerance, threshold, cap or fiscal year shows in the
// words a city manager reads, not only in the scores.
#include "readingguide.h"

#include <QLocale>
#include <QTest>

using namespace civicstat;

class ReadingGuideTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void atRisk_namesTheCitysTolerance()
    {
        CitySettings settings;
        QVERIFY(statusMeaning(Status::AtRisk, settings).contains(QLatin1String("(10% of the target")));
        settings.defaultTolerance = 0.15;
        QVERIFY(statusMeaning(Status::AtRisk, settings).contains(QLatin1String("(15% of the target")));
        settings.defaultTolerance = 0.025;
        QVERIFY(statusMeaning(Status::AtRisk, settings).contains(QLatin1String("(2.5% of the target")));
    }

    void atRisk_withoutTolerance_saysThereIsNoBand()
    {
        CitySettings settings;
        settings.defaultTolerance = 0.0;
        const QString meaning = statusMeaning(Status::AtRisk, settings);
        QVERIFY(meaning.contains(QLatin1String("tolerance is 0")));
        QVERIFY(!meaning.contains(QLatin1String("0% of the target")));
    }

    void everyStatus_hasItsOwnSentence()
    {
        const CitySettings settings;
        const QList<Status> statuses{Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoData,
                                     Status::NoTarget};
        QSet<QString> sentences;
        for (Status status : statuses)
            sentences.insert(statusMeaning(status, settings));
        QCOMPARE(sentences.size(), statuses.size());
        QVERIFY(statusMeaning(Status::NoTarget, settings).contains(QLatin1String("not scored")));
        QVERIFY(statusMeaning(Status::NoData, settings).contains(QLatin1String("not scored")));
    }

    void rollup_namesTheAtRiskThreshold()
    {
        CitySettings settings;
        QVERIFY(rollupMeaning(settings).contains(QLatin1String("at risk at 0.90 or more")));
        settings.atRiskThreshold = 0.85;
        QVERIFY(rollupMeaning(settings).contains(QLatin1String("at risk at 0.85 or more")));
    }

    void score_namesTheCap()
    {
        CitySettings settings;
        QVERIFY(scoreMeaning(settings).contains(QLatin1String("Scores stop at 1.25")));
        settings.scoreCap = 1.5;
        QVERIFY(scoreMeaning(settings).contains(QLatin1String("Scores stop at 1.50")));
    }

    void trend_saysWhatItComparesWith()
    {
        QVERIFY(trendMeaning().contains(QLatin1String("the one just before it")));
        QVERIFY(trendMeaning().contains(QLatin1String("can improve and still be off track")));
    }

    void fiscalYear_followsTheCitysStartMonth_data()
    {
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<QString>("span");
        QTest::newRow("July (the default)") << 7 << QStringLiteral("FY2027 runs from July 2026 to June 2027.");
        QTest::newRow("January: the calendar year") << 1 << QStringLiteral("FY2027 runs from January 2027 to December 2027.");
        QTest::newRow("October") << 10 << QStringLiteral("FY2027 runs from October 2026 to September 2027.");
    }

    void fiscalYear_followsTheCitysStartMonth()
    {
        QFETCH(int, startMonth);
        QFETCH(QString, span);
        CitySettings settings;
        settings.fiscalYearStartMonth = startMonth;
        QVERIFY2(periodNamesMeaning(settings, 2027).endsWith(span), qPrintable(periodNamesMeaning(settings, 2027)));
    }
};

QTEST_GUILESS_MAIN(ReadingGuideTest)
#include "tst_readingguide.moc"
