// The item models of the desktop screens over a real snapshot: the navigation
// tree (by goal and by department) and the scorecard table of a scope. Each
// model runs under QAbstractItemModelTester; the signals each change must (and
// must not) emit are counted.
#include "citysnapshot.h"
#include "itemroles.h"
#include "navigationmodel.h"
#include "scorecardtablemodel.h"
#include "statuspresentation.h"
#include "storeerror.h"
#include "testcity.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <functional>

using namespace civicstat;
using namespace testcity;

Q_DECLARE_METATYPE(civicstat::Level)

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto qtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

// The tree below `parent` as "CODE(CHILD(...),...)", in row order.
QString outline(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString part = index.data(CodeRole).toString();
        if (model.rowCount(index) > 0)
            part += QLatin1Char('(') + outline(model, index) + QLatin1Char(')');
        parts << part;
    }
    return parts.join(QLatin1Char(','));
}

void forEachIndex(const QAbstractItemModel &model, const std::function<void(const QModelIndex &)> &visit,
                  const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        visit(index);
        forEachIndex(model, visit, index);
    }
}

QStringList codesOf(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(parent); ++row)
        codes << model.index(row, 0, parent).data(CodeRole).toString();
    return codes;
}

int rowOfCode(const QAbstractItemModel &model, const QString &code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(CodeRole).toString() == code)
            return row;
    }
    return -1;
}

Scope scope(const char *text) { return *Scope::parse(QString::fromLatin1(text)); }

} // namespace

class NavigationModelsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KpiStore> m_store;
    std::shared_ptr<const CitySnapshot> m_march;    // 2024-03, 12 months
    std::shared_ptr<const CitySnapshot> m_february; // 2024-02, 12 months

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_store = createStore(m_dir.filePath(QStringLiteral("city.db")));
        m_march = CitySnapshot::load(*m_store, Period::month(2024, 3), 12);
        m_february = CitySnapshot::load(*m_store, Period::month(2024, 2), 12);
    }

    // NavigationModel, by goal.

    void navigationByGoal_snapshot_citywideGoalsObjectivesMeasures()
    {
        NavigationModel model(NavigationModel::Grouping::ByGoal);
        Tester tester(&model, qtTestReporting);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_march);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        const QModelIndex city = model.index(0, 0);
        QCOMPARE(city.data().toString(), QStringLiteral("Citywide"));
        QCOMPARE(city.data(LevelRole).toInt(), int(Level::Citywide));
        QVERIFY(!city.parent().isValid());
        // Goals by sort order (SAFE before CLEAN), not by code.
        QCOMPARE(outline(model), QStringLiteral("CITY(SAFE(SAFE.1(M1,M2),SAFE.2(M3,M4,M5,M6)),CLEAN(CLEAN.1(C1,C2,C3)))"));
        forEachIndex(model, [](const QModelIndex &index) {
            int depth = 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            const Level expected[] = {Level::Citywide, Level::Goal, Level::Objective, Level::Measure};
            QCOMPARE(index.data(LevelRole).toInt(), int(expected[depth]));
        });
        QCOMPARE(model.index(0, 0, city).data().toString(), QStringLiteral("Safe city"));
    }

    void navigationIndexOf_levelAndCode_givesMatchingIndex_data()
    {
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parentCode"); // empty: top level
        QTest::addColumn<QString>("name");
        QTest::newRow("citywide") << Level::Citywide << "CITY" << "" << "Citywide";
        QTest::newRow("second goal") << Level::Goal << "CLEAN" << "CITY" << "Clean city";
        QTest::newRow("objective") << Level::Objective << "SAFE.2" << "SAFE" << "Well-kept streets";
        QTest::newRow("measure") << Level::Measure << "M2" << "SAFE.1" << "Calls answered within 10 seconds";
        QTest::newRow("last measure") << Level::Measure << "C3" << "CLEAN.1" << "Illegal dumping reports";
    }

    void navigationIndexOf_levelAndCode_givesMatchingIndex()
    {
        QFETCH(Level, level);
        QFETCH(QString, code);
        QFETCH(QString, parentCode);
        QFETCH(QString, name);
        NavigationModel model(NavigationModel::Grouping::ByGoal);
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_march);
        QCOMPARE(populated.count(), 1);
        const QModelIndex index = model.indexOf(level, code);
        QVERIFY(index.isValid());
        QCOMPARE(index.model(), &model);
        QCOMPARE(index.data(CodeRole).toString(), code);
        QCOMPARE(index.data(LevelRole).toInt(), int(level));
        QCOMPARE(index.data().toString(), name);
        QCOMPARE(index.parent().data(CodeRole).toString(), parentCode);
        QCOMPARE(model.index(index.row(), 0, index.parent()), index);
    }

    void navigationIndexOf_unknownOrWrongLevel_givesInvalidIndex()
    {
        NavigationModel model(NavigationModel::Grouping::ByGoal);
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_march);
        QCOMPARE(populated.count(), 1);
        QVERIFY(!model.indexOf(Level::Measure, QStringLiteral("NOPE")).isValid());
        QVERIFY(!model.indexOf(Level::Goal, QStringLiteral("M1")).isValid());
        QVERIFY(!model.indexOf(Level::Department, QStringLiteral("D1")).isValid()); // not in the goal tree
    }

    void navigationStatusRole_everyNode_equalsSnapshotRow()
    {
        NavigationModel model(NavigationModel::Grouping::ByGoal);
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_march);
        QCOMPARE(populated.count(), 1);
        QSet<int> seen;
        int nodes = 0;
        forEachIndex(model, [&](const QModelIndex &index) {
            ++nodes;
            const auto level = Level(index.data(LevelRole).toInt());
            const QString code = index.data(CodeRole).toString();
            const ScorecardRow *row = m_march->find(level, code);
            QVERIFY2(row, qPrintable(code));
            QCOMPARE(index.data(StatusRole).toInt(), int(row->status));
            QCOMPARE(index.data(ScoreRole).isValid(), row->score.has_value());
            if (row->score)
                QCOMPARE(index.data(ScoreRole).toDouble(), *row->score);
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(statusLabel(row->status)), qPrintable(code));
            seen.insert(int(row->status));
        });
        QCOMPARE(nodes, 1 + 2 + 3 + 9);
        // The comparison means something only if statuses differ between nodes.
        QVERIFY(seen.contains(int(Status::OnTrack)));
        QVERIFY(seen.contains(int(Status::AtRisk)));
        QVERIFY(seen.contains(int(Status::NoData)));
        QCOMPARE(model.indexOf(Level::Measure, QStringLiteral("M1")).data(StatusRole).toInt(), int(Status::AtRisk));
    }

    void navigationSetSnapshot_sameStructureOtherPeriod_emitsDataChangedNotReset()
    {
        NavigationModel model(NavigationModel::Grouping::ByGoal);
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_march);
        QCOMPARE(populated.count(), 1);
        const QPersistentModelIndex m1 = model.indexOf(Level::Measure, QStringLiteral("M1"));
        QCOMPARE(m1.data(StatusRole).toInt(), int(Status::AtRisk)); // 87 against 90
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        model.setSnapshot(m_february);

        QVERIFY(changed.count() > 0);
        QCOMPARE(aboutToReset.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(m1.isValid());
        QCOMPARE(m1.data(CodeRole).toString(), QStringLiteral("M1"));
        QCOMPARE(m1.data(StatusRole).toInt(), int(Status::OnTrack)); // 90.5 against 90
        bool m1Announced = false;
        for (const QList<QVariant> &args : changed) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            if (topLeft.parent() == m1.parent() && topLeft.row() <= m1.row() && m1.row() <= bottomRight.row())
                m1Announced = true;
        }
        QVERIFY(m1Announced);
    }

    void navigationSetSnapshot_goalAdded_emitsModelReset()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = createStore(dir.filePath(QStringLiteral("growing.db")));
        NavigationModel model(NavigationModel::Grouping::ByGoal);
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(CitySnapshot::load(*store, Period::month(2024, 3), 12));
        QCOMPARE(populated.count(), 1);
        QVERIFY(!model.indexOf(Level::Goal, QStringLiteral("GROW")).isValid());

        store->applyImport(newGoal());
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(CitySnapshot::load(*store, Period::month(2024, 3), 12));

        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(codesOf(model, model.index(0, 0)), (QStringList{"SAFE", "CLEAN", "GROW"}));
        const QModelIndex grow = model.indexOf(Level::Goal, QStringLiteral("GROW"));
        QVERIFY(grow.isValid());
        QCOMPARE(outline(model, grow), QStringLiteral("GROW.1(G1)"));
        QCOMPARE(grow.data(StatusRole).toInt(), int(Status::NoData));
    }

    // NavigationModel, by department.

    void navigationByDepartment_snapshot_departmentsThenTheirObjectives()
    {
        NavigationModel model(NavigationModel::Grouping::ByDepartment);
        Tester tester(&model, qtTestReporting);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_march);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(outline(model), QStringLiteral("D1(CLEAN.1(C1,C2,C3),SAFE.2(M3,M4,M5,M6)),D2(SAFE.1(M1,M2))"));
        const QModelIndex d2 = model.index(1, 0);
        QCOMPARE(d2.data().toString(), QStringLiteral("Police"));
        QCOMPARE(d2.data(LevelRole).toInt(), int(Level::Department));
        QCOMPARE(model.index(0, 0, d2).data(LevelRole).toInt(), int(Level::Objective));
        QCOMPARE(model.indexOf(Level::Department, QStringLiteral("D2")), QModelIndex(d2));
        QVERIFY(!model.indexOf(Level::Citywide, QStringLiteral("CITY")).isValid());
    }

    void navigationByDepartment_departmentStatus_equalsDepartmentScorecard_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Public Works") << "D1";
        QTest::newRow("Police") << "D2";
    }

    void navigationByDepartment_departmentStatus_equalsDepartmentScorecard()
    {
        QFETCH(QString, code);
        NavigationModel model(NavigationModel::Grouping::ByDepartment);
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_march);
        QCOMPARE(populated.count(), 1);
        Scope dept;
        dept.kind = Scope::Kind::Department;
        dept.code = code;
        const ScorecardRow expected = m_march->current(dept).rows.front();
        QCOMPARE(expected.level, Level::Department);
        const QModelIndex index = model.indexOf(Level::Department, code);
        QCOMPARE(index.data(StatusRole).toInt(), int(expected.status));
        QCOMPARE(index.data(ScoreRole).isValid(), expected.score.has_value());
        if (expected.score)
            QCOMPARE(index.data(ScoreRole).toDouble(), *expected.score);
    }

    // ScorecardTableModel.

    void tableSetScope_goal_rowsAreItsObjectivesWithSnapshotScores()
    {
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, scope("goal:SAFE"));
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.columnCount(), int(ScorecardTableModel::ColumnCount));
        QCOMPARE(codesOf(model), (QStringList{"SAFE.1", "SAFE.2"}));
        QCOMPARE(model.scopeRow().code, QStringLiteral("SAFE"));
        QCOMPARE(model.scopeRow().score, m_march->find(Level::Goal, QStringLiteral("SAFE"))->score);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString code = model.index(row, 0).data(CodeRole).toString();
            const ScorecardRow *expected = m_march->find(Level::Objective, code);
            QVERIFY(expected && expected->score);
            QCOMPARE(model.index(row, 0).data(LevelRole).toInt(), int(Level::Objective));
            QCOMPARE(model.index(row, 0).data(ScoreRole).toDouble(), *expected->score);
            QCOMPARE(model.index(row, ScorecardTableModel::ScoreColumn).data().toString(), formatScore(*expected->score));
            QCOMPARE(model.index(row, 0).data(StatusRole).toInt(), int(expected->status));
            QCOMPARE(model.index(row, ScorecardTableModel::StatusColumn).data().toString(), statusLabel(expected->status));
            QCOMPARE(model.index(row, ScorecardTableModel::ActualColumn).data().toString(), QString()); // not a measure
            QCOMPARE(model.index(row, ScorecardTableModel::OwnerColumn).data().toString(), expected->owner);
            QCOMPARE(model.rowCount(model.index(row, 0)), 0);
            // An objective's sparkline holds its scores.
            const QVariantList history = model.index(row, ScorecardTableModel::HistoryColumn).data(SparklineRole).toList();
            const auto trend = m_march->trendOf(Level::Objective, code);
            QCOMPARE(history.size(), 12);
            for (int i = 0; i < 12; ++i)
                QVERIFY(trend[std::size_t(i)] ? history[i].toDouble() == *trend[std::size_t(i)]
                                              : std::isnan(history[i].toDouble()));
        }
        QCOMPARE(model.index(0, ScorecardTableModel::OwnerColumn).data().toString(), QStringLiteral("Chief Bo"));
    }

    void tableSetScope_objective_measureCellsFormatted_data()
    {
        QTest::addColumn<QString>("scopeText");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("variance");
        QTest::addColumn<QString>("trend");
        const QString minus = QStringLiteral("\u2212");
        QTest::newRow("percent below target: minus sign, percentage points")
            << "objective:SAFE.1" << "M1" << "At risk" << "87.0%" << "90.0%" << minus + "3.0 pts"
            << "\u2198 Worsening";
        QTest::newRow("percent above target: plus sign")
            << "objective:SAFE.1" << "M2" << "On track" << "92.0%" << "80.0%" << "+12.0 pts" << "\u2197 Improving";
        QTest::newRow("plain unit above target: no pts")
            << "objective:CLEAN.1" << "C1" << "Off track" << "100.0" << "12.0" << "+88.0" << "\u2198 Worsening";
        QTest::newRow("plain unit below target, lower is better")
            << "objective:CLEAN.1" << "C3" << "On track" << "9.0" << "12.0" << minus + "3.0" << "\u2192 Steady";
        QTest::newRow("no figure: no actual and no variance")
            << "objective:SAFE.2" << "M5" << "No data (reported quarterly)" << "" << "70.0%" << "" << "";
    }

    void tableSetScope_objective_measureCellsFormatted()
    {
        QFETCH(QString, scopeText);
        QFETCH(QString, code);
        QFETCH(QString, status);
        QFETCH(QString, actual);
        QFETCH(QString, target);
        QFETCH(QString, variance);
        QFETCH(QString, trend);
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, *Scope::parse(scopeText));
        QCOMPARE(reset.count(), 1);
        const int row = rowOfCode(model, code);
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(model.index(row, 0).data(LevelRole).toInt(), int(Level::Measure));
        QCOMPARE(cell(ScorecardTableModel::StatusColumn), status);
        QCOMPARE(cell(ScorecardTableModel::ActualColumn), actual);
        QCOMPARE(cell(ScorecardTableModel::TargetColumn), target);
        QCOMPARE(cell(ScorecardTableModel::VarianceColumn), variance);
        QCOMPARE(cell(ScorecardTableModel::TrendColumn), trend);
        QCOMPARE(cell(ScorecardTableModel::OwnerColumn), QStringLiteral("Steward of ") + code);
        QCOMPARE(cell(ScorecardTableModel::NameColumn), m_march->find(Level::Measure, code)->name);
        QCOMPARE(model.index(row, ScorecardTableModel::ActualColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void tableSparkline_measure_twelveActualsWithNaNGaps()
    {
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, scope("objective:SAFE.1"));
        QCOMPARE(populated.count(), 1);
        const QVariantList history = model.index(rowOfCode(model, QStringLiteral("M1")), ScorecardTableModel::HistoryColumn)
                                         .data(SparklineRole)
                                         .toList();
        QCOMPARE(history.size(), 12);
        const std::vector<double> values = m1Values(); // from January 2023; the table's history starts in April
        for (int i = 0; i < 12; ++i) {
            const double expected = values[std::size_t(i + 3)];
            if (std::isnan(expected))
                QVERIFY2(std::isnan(history[i].toDouble()), qPrintable(QString::number(i)));
            else
                QCOMPARE(history[i].toDouble(), expected);
        }
        QVERIFY(std::isnan(history[4].toDouble())); // 2023-08
        QVERIFY(std::isnan(history[9].toDouble())); // 2024-01
        QCOMPARE(history[11].toDouble(), 87.0);
        // The history column shows no text: the view draws the sparkline.
        QVERIFY(!model.index(0, ScorecardTableModel::HistoryColumn).data().isValid());
    }

    void tableSortRole_actualColumn_sortsNumbersAsNumbers()
    {
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, scope("objective:CLEAN.1"));
        QCOMPARE(populated.count(), 1);
        QCOMPARE(codesOf(model), (QStringList{"C1", "C2", "C3"})); // actuals 100, 10, 9
        QCOMPARE(model.index(0, ScorecardTableModel::ActualColumn).data(SortRole).typeId(), int(QMetaType::Double));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(ScorecardTableModel::ActualColumn, Qt::AscendingOrder);
        QCOMPARE(codesOf(proxy), (QStringList{"C3", "C2", "C1"})); // 9, 10, 100
        proxy.sort(ScorecardTableModel::ActualColumn, Qt::DescendingOrder);
        QCOMPARE(codesOf(proxy), (QStringList{"C1", "C2", "C3"}));
        // As text the same column would order "10.0" < "100.0" < "9.0".
        proxy.setSortRole(Qt::DisplayRole);
        proxy.sort(ScorecardTableModel::ActualColumn, Qt::AscendingOrder);
        QCOMPARE(codesOf(proxy), (QStringList{"C2", "C1", "C3"}));
    }

    void tableSortRole_measureWithoutActual_sortsBelowEveryActual()
    {
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, scope("objective:SAFE.2"));
        QCOMPARE(populated.count(), 1);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(ScorecardTableModel::ActualColumn, Qt::DescendingOrder);
        // Only M6 (52%) has a March figure.
        QCOMPARE(proxy.index(0, 0).data(CodeRole).toString(), QStringLiteral("M6"));
    }

    void tableStatusText_freshness_saysLateOrNeverReported_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("updated"); // invalid: none
        QTest::addColumn<QString>("tooltipPart");
        QTest::newRow("stale since June 2023") << "M3" << "No data (late)" << QDate(2023, 6, 30) << "Late:";
        QTest::newRow("never reported") << "M4" << "No data (never reported)" << QDate()
                                        << "No figure has ever been reported";
        QTest::newRow("quarterly, current although March has no figure")
            << "M5" << "No data (reported quarterly)" << QDate(2024, 3, 31) << "No data";
        QTest::newRow("reported this month") << "M6" << "On track" << QDate(2024, 3, 31) << "On track";
    }

    void tableStatusText_freshness_saysLateOrNeverReported()
    {
        QFETCH(QString, code);
        QFETCH(QString, status);
        QFETCH(QDate, updated);
        QFETCH(QString, tooltipPart);
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, scope("objective:SAFE.2"));
        QCOMPARE(populated.count(), 1);
        const int row = rowOfCode(model, code);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ScorecardTableModel::StatusColumn).data().toString(), status);
        QCOMPARE(model.index(row, ScorecardTableModel::UpdatedColumn).data().toString(),
                 updated.isValid() ? QLocale().toString(updated, QLocale::ShortFormat) : QString());
        const QString tip = model.index(row, ScorecardTableModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(tooltipPart), qPrintable(tip));
        QVERIFY2(tip.startsWith(code + QLatin1Char(' ')), qPrintable(tip));
    }

    void tableStatusText_pastPeriod_lateCountsOnlyFiguresUpToThatPeriod()
    {
        // M6 reported February 2023, then nothing until February 2024. Viewing
        // December 2023, its latest figure is ten months old: late.
        const auto december = CitySnapshot::load(*m_store, Period::month(2023, 12), 12);
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setScope(december, scope("objective:SAFE.2"));
        QCOMPARE(populated.count(), 1);
        const int row = rowOfCode(model, QStringLiteral("M6"));
        QVERIFY(row >= 0);
        const QString status = model.index(row, ScorecardTableModel::StatusColumn).data().toString();
        QVERIFY2(status.startsWith(QLatin1String("No data")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("(late)")), qPrintable(status));
    }

    void tableHeaderData_everyColumn_isNamedInWords_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("title");
        QTest::newRow("status") << int(ScorecardTableModel::StatusColumn) << "Status";
        QTest::newRow("name") << int(ScorecardTableModel::NameColumn) << "Name";
        QTest::newRow("actual") << int(ScorecardTableModel::ActualColumn) << "Actual";
        QTest::newRow("target") << int(ScorecardTableModel::TargetColumn) << "Target";
        QTest::newRow("variance") << int(ScorecardTableModel::VarianceColumn) << "Variance";
        QTest::newRow("score") << int(ScorecardTableModel::ScoreColumn) << "Score";
        QTest::newRow("trend") << int(ScorecardTableModel::TrendColumn) << "Trend";
        QTest::newRow("history") << int(ScorecardTableModel::HistoryColumn) << "Last 12 periods";
        QTest::newRow("updated") << int(ScorecardTableModel::UpdatedColumn) << "Data up to";
        QTest::newRow("owner") << int(ScorecardTableModel::OwnerColumn) << "Owner";
    }

    void tableHeaderData_everyColumn_isNamedInWords()
    {
        QFETCH(int, column);
        QFETCH(QString, title);
        ScorecardTableModel model;
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), title);
        QVERIFY(!model.headerData(column, Qt::Vertical).isValid());
    }

    void tableHeaderData_everyColumnHasATitle()
    {
        ScorecardTableModel model;
        for (int column = 0; column < ScorecardTableModel::ColumnCount; ++column)
            QVERIFY2(!model.headerData(column, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(column)));
    }

    void tableSetScope_unknownCode_throwsAndKeepsRows_data()
    {
        QTest::addColumn<QString>("unknown");
        QTest::newRow("goal") << "goal:NOPE";
        QTest::newRow("objective") << "objective:NOPE";
        QTest::newRow("department") << "dept:NOPE";
    }

    void tableSetScope_unknownCode_throwsAndKeepsRows()
    {
        QFETCH(QString, unknown);
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, scope("objective:SAFE.1"));
        QCOMPARE(populated.count(), 1);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        try {
            model.setScope(m_march, *Scope::parse(unknown));
            QFAIL("expected a StoreError");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidData);
            QVERIFY2(e.message().contains(QLatin1String("\"NOPE\"")), qPrintable(e.message()));
        }
        QCOMPARE(aboutToReset.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(codesOf(model), (QStringList{"M1", "M2"}));
        QCOMPARE(model.scopeRow().code, QStringLiteral("SAFE.1"));
    }

    void tableSetScope_department_rowsAreItsObjectives()
    {
        ScorecardTableModel model;
        Tester tester(&model, qtTestReporting);
        QSignalSpy populated(&model, &QAbstractItemModel::modelReset);
        model.setScope(m_march, scope("dept:D1"));
        QCOMPARE(populated.count(), 1);
        QCOMPARE(codesOf(model), (QStringList{"CLEAN.1", "SAFE.2"}));
        QCOMPARE(model.scopeRow().level, Level::Department);
        QCOMPARE(model.scopeRow().name, QStringLiteral("Public Works"));
    }
};

QTEST_MAIN(NavigationModelsTest)
#include "tst_navigationmodels.moc"
