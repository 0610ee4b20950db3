// The briefing builder dialog on the Tempting City (restricted, confidential
// and internal measures under public goals): the request its choices make,
// its preview against the PDF the same request writes, saving through the
// dialog, its problems in words, and its choices kept for the next time.
#include "briefingbuilderdialog.h"
#include "briefingoptionsform.h"
#include "briefingprinter.h"
#include "canonicalimport.h"
#include "mainwindow.h"
#include "storefactory.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace civicstat;

namespace {

const QString cityFolder = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s*(\\d+)"), QRegularExpression::MultilineOption);
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

// The Tempting City, imported through the import library as `civicstat import` does.
void makeTemptingCity(const QString &path)
{
    auto store = openStore(path, StoreOpenMode::CreateIfMissing);
    CitySettings settings = store->citySettings();
    settings.cityName = QStringLiteral("Tempting City");
    settings.fiscalYearStartMonth = 7;
    store->saveCitySettings(settings);
    for (const QString &name : {QStringLiteral("structure.csv"), QStringLiteral("observations.csv")}) {
        QFile file(cityFolder + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        const ImportPlan plan = planCanonicalImport(name, file.readAll(), store->structure(), store->citySettings());
        if (!plan.ok())
            qFatal("%s does not import", qPrintable(name));
        store->applyImport(plan.batch);
    }
}

// Waits until the preview shows the dialog's current choices (or says why it cannot).
bool waitForPreview(BriefingBuilderDialog &dialog)
{
    QSignalSpy updated(&dialog, &BriefingBuilderDialog::previewUpdated);
    for (int tries = 0; tries < 60 && !dialog.previewIsCurrent(); ++tries)
        updated.wait(500);
    return dialog.previewIsCurrent();
}

} // namespace

class TestBriefingBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CivicStatBriefingBuilderTest"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_city = m_dir.filePath(QStringLiteral("tempting.db"));
        makeTemptingCity(m_city);
        m_store = openStore(m_city);
    }

    void init() { QSettings().clear(); }

    void publicGoal_previewHasThePagesOfTheSavedPdf()
    {
        BriefingBuilderDialog dialog(*m_store, QStringLiteral("FY2026"));
        dialog.show();
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog.previewPageCount() > 0); // the citywide internal default
        dialog.options()->setAudience(Audience::Public);
        dialog.options()->setScope({Scope::Kind::Goal, QStringLiteral("SAFE")});
        QVERIFY(waitForPreview(dialog));

        const BriefingRequest request = dialog.request();
        QCOMPARE(request.edition.audience, Audience::Public);
        QCOMPARE(request.scope.kind, Scope::Kind::Goal);
        QCOMPARE(request.scope.code, QStringLiteral("SAFE"));
        QCOMPARE(request.periodText, QStringLiteral("FY2026"));
        QVERIFY(request.measureCodes.isEmpty());
        QVERIFY(request.edition.classifiedCodes.isEmpty());
        QCOMPARE(request.paper, QPageSize::Letter);
        // SAFE holds one internal, one restricted and one confidential measure: the public edition says so.
        QVERIFY2(dialog.message().contains(QLatin1String("3 measures not shown in this edition")),
                 qPrintable(dialog.message()));

        const WrittenBriefing reference =
            writeBriefingPdf(assembleBriefing(*m_store, request), m_dir.filePath(QStringLiteral("reference.pdf")));
        QVERIFY(reference.pages > 1);
        QCOMPARE(dialog.previewPageCount(), reference.pages);

        const QString saved = m_dir.filePath(QStringLiteral("saved through the dialog.pdf"));
        dialog.setNextSavePath(saved);
        QVERIFY2(dialog.saveAsPdf(), qPrintable(dialog.message()));
        QVERIFY(QFileInfo::exists(saved));
        QCOMPARE(pdfPages(saved), reference.pages);
        QVERIFY2(dialog.message().contains(QStringLiteral("Saved %1 pages to").arg(reference.pages)),
                 qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QLatin1String("saved through the dialog.pdf")));
        const QString text = run(QStringLiteral("pdftotext"), {saved, QStringLiteral("-")});
        QVERIFY(text.contains(QLatin1String("PUB-RESP")));
        QVERIFY(text.contains(QLatin1String("PUB-CRASH")));
        for (const char *hidden : {"INT-OT", "RES-INF", "CONF-IAC", "PUB-PERMIT"}) // the last: another goal's
            QVERIFY2(!text.contains(QLatin1String(hidden)), hidden);
    }

    void paper_changesThePreviewWithoutGatheringAgain()
    {
        BriefingBuilderDialog dialog(*m_store, QStringLiteral("FY2026"));
        dialog.show();
        QVERIFY(waitForPreview(dialog));
        dialog.options()->setPaper(QPageSize::A4);
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.request().paper, QPageSize::A4);
        QCOMPARE(dialog.previewPaper(), QPageSize::A4);
        const WrittenBriefing reference = writeBriefingPdf(assembleBriefing(*m_store, dialog.request()),
                                                           m_dir.filePath(QStringLiteral("a4.pdf")));
        QCOMPARE(dialog.previewPageCount(), reference.pages);
    }

    void choices_areRestoredInANewDialog()
    {
        {
            BriefingBuilderDialog first(*m_store, QStringLiteral("FY2026"));
            first.options()->setScope({Scope::Kind::Department, QStringLiteral("PD")});
            first.options()->setClassifiedCodes({QStringLiteral("RES-INF")});
            first.options()->setPaper(QPageSize::A4);
            first.options()->setPdfA(true);
            first.options()->setParts({true, false, true, false, true});
            first.options()->setTitle(QStringLiteral("Council packet"));
            first.reject();
        }
        BriefingBuilderDialog second(*m_store, QStringLiteral("2026-05"));
        const BriefingRequest restored = second.request();
        QCOMPARE(restored.scope.kind, Scope::Kind::Department);
        QCOMPARE(restored.scope.code, QStringLiteral("PD"));
        QCOMPARE(restored.edition.audience, Audience::Internal);
        QCOMPARE(restored.edition.classifiedCodes, QSet<QString>{QStringLiteral("RES-INF")});
        QCOMPARE(restored.paper, QPageSize::A4);
        QVERIFY(restored.pdfA);
        QVERIFY(restored.parts.summary && !restored.parts.attention && restored.parts.scorecard);
        QVERIFY(!restored.parts.measures && restored.parts.appendix);
        QCOMPARE(restored.title, QStringLiteral("Council packet"));
        QCOMPARE(restored.periodText, QStringLiteral("2026-05")); // the period follows the window, not the past

        second.options()->setChosenMeasures({QStringLiteral("PUB-RESP"), QStringLiteral("INT-TURN")});
        second.options()->setAudience(Audience::Public);
        second.accept();
        BriefingBuilderDialog third(*m_store, QString());
        QCOMPARE(third.request().edition.audience, Audience::Public);
        // An internal measure cannot be part of a public edition: it stays ticked for an internal one.
        QCOMPARE(third.request().measureCodes, QStringList{QStringLiteral("PUB-RESP")});
        QVERIFY(third.request().edition.classifiedCodes.isEmpty());
        QVERIFY(!third.options()->classifiedList()->isEnabled());
        third.options()->setAudience(Audience::Internal);
        QStringList internalCodes = third.request().measureCodes;
        internalCodes.sort();
        QCOMPARE(internalCodes,
                 (QStringList{QStringLiteral("INT-TURN"), QStringLiteral("PUB-RESP"), QStringLiteral("RES-INF")}));
    }

    void measureFilter_showsOnlyMatchingMeasures()
    {
        BriefingBuilderDialog dialog(*m_store, QString());
        QListWidget *list = dialog.options()->measureList();
        QCOMPARE(list->count(), 7); // the public and internal measures; the two classified are under Audience
        QCOMPARE(dialog.options()->classifiedList()->count(), 2);
        dialog.options()->measureFilter()->setText(QStringLiteral("permits"));
        QStringList shown;
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden())
                shown << list->item(row)->data(Qt::UserRole).toString();
        }
        QCOMPARE(shown, QStringList{QStringLiteral("PUB-PERMIT")});
    }

    void problems_areSaidInWordsAndStopPrintAndSave()
    {
        BriefingBuilderDialog dialog(*m_store, QStringLiteral("FY2026"));
        dialog.show();
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog.printButton()->isEnabled());
        dialog.options()->setPeriodText(QStringLiteral("next spring"));
        QSignalSpy updated(&dialog, &BriefingBuilderDialog::previewUpdated);
        QVERIFY(updated.wait(3000));
        QCOMPARE(dialog.previewPageCount(), 0);
        QVERIFY2(dialog.message().startsWith(QLatin1String("\"next spring\" is not a period.")),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.printButton()->isEnabled());
        dialog.setNextSavePath(m_dir.filePath(QStringLiteral("never.pdf")));
        QVERIFY(!dialog.saveAsPdf());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.pdf"))));

        dialog.options()->setPeriodText(QStringLiteral("2031-01"));
        QVERIFY(updated.wait(10000));
        QVERIFY2(dialog.message().contains(QLatin1String("No measure of this briefing has figures for 2031-01")),
                 qPrintable(dialog.message()));
        QCOMPARE(dialog.previewPageCount(), 0);

        dialog.options()->setPeriodText(QStringLiteral("FY2026"));
        dialog.options()->setChosenMeasures({});
        QVERIFY(updated.wait(3000));
        QVERIFY2(dialog.message().contains(QLatin1String("Tick at least one measure")), qPrintable(dialog.message()));
    }

    void savingIntoAFolderThatIsNotThere_saysWhereAndWritesNothing()
    {
        BriefingBuilderDialog dialog(*m_store, QStringLiteral("FY2026"));
        const QString path = m_dir.filePath(QStringLiteral("no such folder/briefing.pdf"));
        dialog.setNextSavePath(path);
        QVERIFY(!dialog.saveAsPdf());
        QVERIFY2(dialog.message().contains(QLatin1String("Choose a folder you can write to")), qPrintable(dialog.message()));
        QVERIFY(!QFileInfo::exists(path));
    }

    // Ctrl+P in the window opens the builder on the window's period, ready to print.
    void ctrlP_opensTheBuilderReadyToPrint()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        QVERIFY(window.openDatabase(m_city, true).isEmpty());
        QVERIFY(shown.wait(20000));
        BriefingBuilderDialog *opened = nullptr;
        QString period;
        bool printFocused = false;
        QTimer::singleShot(500, this, [&] {
            opened = qobject_cast<BriefingBuilderDialog *>(QApplication::activeModalWidget());
            if (opened) {
                period = opened->request().periodText;
                printFocused = opened->focusWidget() == opened->printButton();
                opened->reject();
            }
        });
        QTest::keySequence(&window, QKeySequence::Print);
        QVERIFY(opened != nullptr);
        QCOMPARE(period, window.snapshot()->period().text());
        QVERIFY(printFocused);
    }

private:
    QTemporaryDir m_dir;
    QString m_city;
    std::unique_ptr<KpiStore> m_store;
};

QTEST_MAIN(TestBriefingBuilder)
#include "tst_briefingbuilder.moc"
