// The desktop's undoable edits on a QUndoStack: an edit whose write fails is
// never on the stack and says why; undoing a settings change puts back only
// its own keys, and is refused (and dropped) when they were changed since.
#include "storefactory.h"
#include "testcity.h"
#include "undocommands.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace civicstat;

class UndoCommandsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    QStringList m_failures;
    ChangeNotifier m_notifier;
    std::vector<StoreChange> m_announced;

    std::unique_ptr<KpiStore> newCity()
    {
        return testcity::createStore(m_dir.filePath(QStringLiteral("city%1.db").arg(++m_databases)));
    }

    EditContext contextFor(KpiStore &store)
    {
        m_failures.clear();
        m_announced.clear();
        m_notifier.disconnect();
        connect(&m_notifier, &ChangeNotifier::changed, this,
                [this](const StoreChange &change) { m_announced.push_back(change); });
        return {&store, &m_notifier, [this](const QString &message) { m_failures << message; }};
    }

    static void changeElsewhere(const KpiStore &store, const QString &key, const QString &value)
    {
        auto other = openStore(store.location());
        CitySettings settings = other->citySettings();
        QVERIFY(!settings.set(key, value));
        other->saveCitySettings(settings);
    }

private slots:
    void failedEdit_isNotOnTheStackAndSaysWhy_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("reason"); // in the message
        QTest::newRow("comment on a measure that is not there") << "add" << "removed it since";
        QTest::newRow("edit of a comment deleted since") << "edit" << "deleted it since";
        QTest::newRow("delete of a comment deleted since") << "remove" << "deleted it since";
        QTest::newRow("settings changed elsewhere while the dialog was open")
            << "settings" << "score_cap is now \"2\", not \"1.25\"";
    }

    void failedEdit_isNotOnTheStackAndSaysWhy()
    {
        QFETCH(QString, edit);
        QFETCH(QString, reason);
        auto store = newCity();
        const Id measure = testcity::measureId(*store, QStringLiteral("M1"));
        const qint64 commentsBefore = countComments(*store);
        QUndoStack stack;
        const EditContext context = contextFor(*store);
        Commentary gone{987654, measure, QStringLiteral("2024-03"), QStringLiteral("ana"), QDateTime::currentDateTimeUtc(),
                        QStringLiteral("Gone")};
        if (edit == QLatin1String("add")) {
            Commentary orphan = gone;
            orphan.id = 0;
            orphan.measureId = 424242;
            stack.push(new AddCommentaryCommand(context, orphan));
        } else if (edit == QLatin1String("edit")) {
            stack.push(new EditCommentaryCommand(context, measure, gone.id, gone.body, QStringLiteral("Changed")));
        } else if (edit == QLatin1String("remove")) {
            stack.push(new RemoveCommentaryCommand(context, gone));
        } else {
            const CitySettings shown = store->citySettings(); // when the dialog opened
            changeElsewhere(*store, QStringLiteral("score_cap"), QStringLiteral("2"));
            CitySettings chosen = shown;
            chosen.scoreCap = 1.5;
            stack.push(new CitySettingsCommand(context, shown, chosen));
            QCOMPARE(store->citySettings().scoreCap, 2.0);
        }
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(m_failures.first().contains(reason), qPrintable(m_failures.first()));
        QVERIFY(m_announced.empty()); // nothing changed, so nothing is announced
        QCOMPARE(countComments(*store), commentsBefore);
    }

    void addComment_undoneAndRedone_keepsItsId()
    {
        auto store = newCity();
        const Id measure = testcity::measureId(*store, QStringLiteral("M1"));
        QUndoStack stack;
        stack.push(new AddCommentaryCommand(contextFor(*store), {0, measure, QStringLiteral("2024-03"),
                                                                 QStringLiteral("ana"), QDateTime::currentDateTimeUtc(),
                                                                 QStringLiteral("Two dispatchers joined.")}));
        QCOMPARE(stack.count(), 1);
        const std::vector<Commentary> added = store->commentaryOf(measure);
        QVERIFY(!added.empty());
        const Id id = added.front().id;
        QVERIFY(id > 0);
        stack.undo();
        for (const Commentary &c : store->commentaryOf(measure))
            QVERIFY(c.id != id);
        stack.redo();
        QCOMPARE(store->commentaryOf(measure).front().id, id);
        QVERIFY(m_failures.isEmpty());
        // Each write says what it changed: this measure's commentary, three times (do, undo, redo).
        QCOMPARE(int(m_announced.size()), 3);
        for (const StoreChange &change : m_announced) {
            QCOMPARE(int(change.kind), int(StoreChange::Kind::Commentary));
            QCOMPARE(change.measureId, measure);
            QVERIFY(!change.elsewhere);
            QVERIFY(!change.needsWholeCity());
        }
    }

    void importCommand_undoTakesTheImportBack_redoWritesItAgain()
    {
        auto store = newCity();
        const qint64 before = store->observationCount();
        auto batch = std::make_shared<ImportBatch>();
        batch->log.kind = QStringLiteral("observations");
        batch->log.fileName = QStringLiteral("march.csv");
        Observation figure;
        figure.measureCode = QStringLiteral("M1");
        figure.period = Period::month(2031, 3);
        figure.value = 42.0;
        batch->observations.push_back(figure);
        figure.period = Period::month(2031, 4);
        batch->observations.push_back(figure);
        const qint64 importId = store->applyImport(*batch).importId; // as the wizard writes it
        QCOMPARE(store->observationCount(), before + 2);

        QUndoStack stack;
        stack.push(new ImportFiguresCommand(contextFor(*store), batch, importId));
        QCOMPARE(stack.undoText(), QStringLiteral("import of march.csv"));
        QCOMPARE(store->observationCount(), before + 2); // pushing does not write it twice
        stack.undo();
        QCOMPARE(store->observationCount(), before);
        QVERIFY(!store->importToUndo() || store->importToUndo()->importId != importId);
        stack.redo();
        QCOMPARE(store->observationCount(), before + 2);
        stack.undo();
        QCOMPARE(store->observationCount(), before);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        const std::vector<StoreChange::Kind> kinds = {StoreChange::Kind::Import, StoreChange::Kind::ImportUndone,
                                                      StoreChange::Kind::Import, StoreChange::Kind::ImportUndone};
        QCOMPARE(int(m_announced.size()), 4);
        for (size_t i = 0; i < kinds.size(); ++i)
            QCOMPARE(int(m_announced[i].kind), int(kinds[i]));
    }

    void importCommand_anotherImportSince_undoRefusedAndDropped()
    {
        auto store = newCity();
        auto batch = std::make_shared<ImportBatch>();
        batch->log.kind = QStringLiteral("observations");
        batch->log.fileName = QStringLiteral("first.csv");
        Observation figure;
        figure.measureCode = QStringLiteral("M1");
        figure.period = Period::month(2031, 5);
        figure.value = 1.0;
        batch->observations.push_back(figure);
        QUndoStack stack;
        stack.push(new ImportFiguresCommand(contextFor(*store), batch, store->applyImport(*batch).importId));
        ImportBatch later = *batch;
        later.log.fileName = QStringLiteral("second.csv");
        later.observations.front().period = Period::month(2031, 6);
        openStore(store->location())->applyImport(later); // another program imports after it
        stack.undo();
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(m_failures.first().contains(QLatin1String("second.csv")), qPrintable(m_failures.first()));
        QCOMPARE(stack.count(), 0);
    }

    void undoSettingsChange_putsBackOnlyItsKeys()
    {
        auto store = newCity();
        const CitySettings before = store->citySettings();
        CitySettings after = before;
        after.fiscalYearStartMonth = 10;
        QUndoStack stack;
        stack.push(new CitySettingsCommand(contextFor(*store), before, after));
        QCOMPARE(store->citySettings().fiscalYearStartMonth, 10);
        changeElsewhere(*store, QStringLiteral("city_name"), QStringLiteral("Renamed elsewhere"));
        stack.undo();
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        QCOMPARE(store->citySettings().fiscalYearStartMonth, 7);
        QCOMPARE(store->citySettings().cityName, QStringLiteral("Renamed elsewhere"));
        QVERIFY(stack.canRedo());
        stack.redo();
        QCOMPARE(store->citySettings().fiscalYearStartMonth, 10);
        QCOMPARE(store->citySettings().cityName, QStringLiteral("Renamed elsewhere"));
    }

    void undoSettingsChange_keyChangedSince_refusedAndDropped()
    {
        auto store = newCity();
        const CitySettings before = store->citySettings();
        CitySettings after = before;
        after.fiscalYearStartMonth = 10;
        QUndoStack stack;
        stack.push(new CitySettingsCommand(contextFor(*store), before, after));
        changeElsewhere(*store, QStringLiteral("fiscal_year_start_month"), QStringLiteral("4"));
        stack.undo();
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(m_failures.first().contains(QLatin1String("fiscal_year_start_month is now \"4\", not \"10\"")),
                 qPrintable(m_failures.first()));
        QCOMPARE(store->citySettings().fiscalYearStartMonth, 4);
        QCOMPARE(stack.count(), 0); // neither undoable nor redoable any more
        QVERIFY(!stack.canRedo());
    }

private:
    static qint64 countComments(const KpiStore &store)
    {
        qint64 count = 0;
        for (const Measure &measure : store.structure().measures)
            count += qint64(store.commentaryOf(measure.id).size());
        return count;
    }
};

QTEST_MAIN(UndoCommandsTest)
#include "tst_undocommands.moc"
