// Reading what a mapping names: numbers and periods as cities write them, and
// mapping files with their mistakes, each said with where and what.
#include "importmapping.h"
#include "mappingfixtures.h"
#include "valueparsing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace civicstat;
using civicstat::test::testData;

class MappingFileTest final : public QObject
{
    Q_OBJECT

private slots:
    void parseCellNumber_spreadsheetText_givesNumberMissingOrReason_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("kind"); // number, missing, invalid
        QTest::addColumn<double>("number");
        QTest::newRow("thousands separator") << "30,000" << "number" << 30000.0;
        QTest::newRow("percent sign dropped") << "64.98%" << "number" << 64.98;
        QTest::newRow("small percent") << "0.50%" << "number" << 0.5;
        QTest::newRow("leading dot") << ".99" << "number" << 0.99;
        QTest::newRow("currency and grouping") << "$1,200.50" << "number" << 1200.5;
        QTest::newRow("accounting negative") << "(15)" << "number" << -15.0;
        QTest::newRow("non-breaking space around") << "\u00a02\u00a0" << "number" << 2.0;
        QTest::newRow("N/A is missing, never zero") << "N/A" << "missing" << 0.0;
        QTest::newRow("No Data in any case is missing") << "no data" << "missing" << 0.0;
        QTest::newRow("a dash is missing") << "-" << "missing" << 0.0;
        QTest::newRow("lone non-breaking space is missing") << "\u00a0" << "missing" << 0.0;
        QTest::newRow("blank is missing") << "" << "missing" << 0.0;
        QTest::newRow("a word is refused") << "New Meas." << "invalid" << 0.0;
        QTest::newRow("a comma that is no grouping is refused") << "1,5" << "invalid" << 0.0;
        QTest::newRow("a narrative is refused") << "Data not yet available; see note" << "invalid" << 0.0;
    }

    void parseCellNumber_spreadsheetText_givesNumberMissingOrReason()
    {
        QFETCH(QString, cell);
        QFETCH(QString, kind);
        QFETCH(double, number);
        const ParsedValue v = parseCellNumber(cell, ValueConventions{});
        const QString got = v.kind == ParsedValue::Kind::Number ? QStringLiteral("number")
            : v.kind == ParsedValue::Kind::Missing             ? QStringLiteral("missing")
                                                               : QStringLiteral("invalid");
        QCOMPARE(got, kind);
        if (kind == QLatin1String("number"))
            QCOMPARE(v.number, number);
        if (kind == QLatin1String("invalid"))
            QVERIFY(v.reason.contains(QLatin1String("not a number")));
    }

    void parseCellNumber_europeanConventions_readCommaDecimals()
    {
        ValueConventions european;
        european.decimalSeparator = QLatin1Char(',');
        european.thousandsSeparator = QLatin1Char('.');
        QCOMPARE(parseCellNumber(QStringLiteral("1.234,5"), european).number, 1234.5);
        QCOMPARE(parseCellNumber(QStringLiteral("64,98 %"), european).number, 64.98);
    }

    void parseCellPeriod_formats_giveThePeriodOfTheKind_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("period");
        QTest::newRow("CivicStat text") << "FY2025-Q1" << "" << int(PeriodKind::Month) << "FY2025-Q1";
        QTest::newRow("Mon-yy is 20yy") << "Jul-10" << "MMM-yy" << int(PeriodKind::Month) << "2010-07";
        QTest::newRow("Jan 2024") << "Jan 2024" << "MMM yyyy" << int(PeriodKind::Month) << "2024-01";
        QTest::newRow("US date to its month") << "3/15/2024" << "M/d/yyyy" << int(PeriodKind::Month) << "2024-03";
        QTest::newRow("European date to its fiscal quarter") << "15/03/2024" << "d/M/yyyy"
                                                             << int(PeriodKind::FiscalQuarter) << "FY2024-Q3";
        QTest::newRow("spreadsheet date with time") << "2023-07-15T00:00:00" << "" << int(PeriodKind::Month)
                                                    << "2023-07";
    }

    void parseCellPeriod_formats_giveThePeriodOfTheKind()
    {
        QFETCH(QString, cell);
        QFETCH(QString, format);
        QFETCH(int, kind);
        QFETCH(QString, period);
        ValueConventions c;
        if (!format.isEmpty())
            c.dateFormats = {format};
        const auto p = parseCellPeriod(cell, c, PeriodKind(kind), 7);
        QVERIFY(p.has_value());
        QCOMPARE(p->text(), period);
    }

    void fromJson_mistakes_sayWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{") << "not a JSON object";
        QTest::newRow("not a mapping") << QByteArray("{}") << "civicstat_mapping";
        QTest::newRow("unknown field")
            << QByteArray("{\"civicstat_mapping\":1,\"fields\":{\"colour\":\"x\"}}") << "fields.colour: unknown field";
        QTest::newRow("required field missing")
            << QByteArray("{\"civicstat_mapping\":1,\"fields\":{\"goal_code\":\"G\"}}") << "fields.goal_name is missing";
        QTest::newRow("bad pattern")
            << QByteArray("{\"civicstat_mapping\":1,\"fields\":{\"goal_code\":{\"column\":\"G\",\"pattern\":\"(\"}}}")
            << "fields.goal_code.pattern";
        QTest::newRow("unknown key in a field")
            << QByteArray("{\"civicstat_mapping\":1,\"fields\":{\"goal_code\":{\"colum\":\"G\"}}}") << "unknown key \"colum\"";
    }

    void fromJson_mistakes_sayWhereAndWhat()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ImportMapping::fromJson(json, QString(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }


    void fromJson_newFieldMistakes_sayWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("target_per word unknown") << QByteArray(R"("target_per": "year")")
                                                 << QByteArray(R"("target_per": "decade")") << "target_per: \"decade\"";
        QTest::newRow("fiscal year start beyond December") << QByteArray(R"("fiscal_year_start_month": 10)")
                                                           << QByteArray(R"("fiscal_year_start_month": 13)")
                                                           << "fiscal_year_start_month: a month number from 1 to 12";
        QTest::newRow("join of one part") << QByteArray(R"({"join": ["Dept", "ID"], "separator": "."})")
                                          << QByteArray(R"({"join": ["ID"]})") << "fields.measure_code.join: give a list of two";
        QTest::newRow("when without values") << QByteArray(R"("values": ["monthly"])") << QByteArray(R"("values": [])")
                                             << "values.columns[0].when";
        QTest::newRow("trailing_zeros of another word")
            << QByteArray(R"("values": ["monthly"]})") << QByteArray(R"("values": ["monthly"]}, "trailing_zeros": "drop")")
            << "values.columns[0].trailing_zeros: \"drop\" is neither \"missing\"";
    }

    void fromJson_newFieldMistakes_sayWhereAndWhat()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray json = testData("perrow.mapping.json");
        QVERIFY(json.contains(from));
        json.replace(from, to);
        QString error;
        QVERIFY(!ImportMapping::fromJson(json, QString(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

};

QTEST_GUILESS_MAIN(MappingFileTest)
#include "tst_mappingfile.moc"
