// The overview's goal table: model contract (QAbstractItemModelTester), reset
// signals, and the values, roles and tooltips each cell gives.
#include "goaloverviewmodel.h"
#include "itemroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace civicstat;

namespace {

Scorecard sampleCard()
{
    Scorecard card;
    card.cityName = QStringLiteral("Testville");
    card.period = Period::month(2024, 3);
    ScorecardRow city;
    city.level = Level::Citywide;
    city.score = 0.95;
    city.status = Status::AtRisk;
    ScorecardRow goal;
    goal.level = Level::Goal;
    goal.code = QStringLiteral("G1");
    goal.name = QStringLiteral("Safe neighbourhoods");
    goal.owner = QStringLiteral("Deputy Mayor");
    goal.score = 1.0625;
    goal.status = Status::OnTrack;
    goal.counts.onTrack = 3;
    goal.counts.atRisk = 1;
    goal.counts.noData = 2;
    goal.counts.noTarget = 1;
    ScorecardRow measure;
    measure.level = Level::Measure;
    measure.code = QStringLiteral("M1");
    ScorecardRow second;
    second.level = Level::Goal;
    second.code = QStringLiteral("G2");
    second.name = QStringLiteral("Thriving economy");
    second.status = Status::NoData;
    card.rows = {city, goal, measure, second};
    return card;
}

} // namespace

class GoalOverviewModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void setScorecard_card_keepsGoalRowsOnlyAndResets()
    {
        GoalOverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(aboutToReset.isValid() && reset.isValid());
        model.setScorecard(sampleCard());
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(GoalOverviewModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void data_goalRow_givesLabelsCountsAndRoles()
    {
        GoalOverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScorecard(sampleCard());
        QCOMPARE(model.index(0, GoalOverviewModel::StatusColumn).data().toString(), QStringLiteral("On track"));
        QCOMPARE(model.index(0, GoalOverviewModel::NameColumn).data().toString(), QStringLiteral("Safe neighbourhoods"));
        QCOMPARE(model.index(0, GoalOverviewModel::ScoreColumn).data().toString(), QStringLiteral("1.06"));
        QCOMPARE(model.index(0, GoalOverviewModel::OnTrackColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, GoalOverviewModel::AtRiskColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, GoalOverviewModel::NoDataColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(Status::OnTrack));
        QCOMPARE(model.index(0, 0).data(CodeRole).toString(), QStringLiteral("G1"));
        QCOMPARE(model.index(0, 0).data(ScoreRole).toDouble(), 1.0625);
        QVERIFY(!model.index(0, GoalOverviewModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString tip = model.index(0, 1).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QLatin1String("3 measures on track, 1 at risk, 0 off track, 2 without data")));
        QVERIFY(tip.contains(QLatin1String("Deputy Mayor")));
    }

    void data_scoreJustBelowOne_isNotShownAsOne()
    {
        Scorecard card = sampleCard();
        card.rows[1].score = 0.998;
        card.rows[1].status = Status::AtRisk;
        GoalOverviewModel model;
        model.setScorecard(card);
        QCOMPARE(model.index(0, GoalOverviewModel::ScoreColumn).data().toString(), QStringLiteral("0.99"));
    }

    void data_unscoredGoal_showsNoDataAndNoScore()
    {
        GoalOverviewModel model;
        model.setScorecard(sampleCard());
        QCOMPARE(model.index(1, GoalOverviewModel::StatusColumn).data().toString(), QStringLiteral("No data"));
        QCOMPARE(model.index(1, GoalOverviewModel::ScoreColumn).data().toString(), QString());
        QVERIFY(!model.index(1, 0).data(ScoreRole).isValid());
    }

    void headerData_columns_areNamedInWords()
    {
        GoalOverviewModel model;
        QCOMPARE(model.headerData(GoalOverviewModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Goal"));
        QVERIFY(!model.headerData(GoalOverviewModel::ScoreColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(GoalOverviewModelTest)
#include "tst_goaloverviewmodel.moc"
