// Every string CivicStat shows can be translated. lupdate, run on exactly the
// sources update_translations scans, must file each string under the context
// the code asks for it in; translations/*.ts must hold what lupdate finds; and
// the command line, the import's messages and the desktop, run in a pseudo
// locale (every string "[" + source + "]"), must ask for nothing the
// catalogue lacks. The pseudo-locale screens are saved to look at
// (CIVICSTAT_PSEUDO_LOCALE_OUT).
#include "translationcatalogue.h"

#include "citysettingsdialog.h"
#include "commandline.h"
#include "democity.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "mappingbuilderdialog.h"
#include "measurepanel.h"
#include "tabulardata.h"

#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;
using catalogue::Message;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size(), qPrintable(path));
}

// Runs a Qt tool; its output, or a null string when it failed.
QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << "failed:" << process.errorString() << process.readAll();
        return {};
    }
    return QString::fromUtf8(process.readAll()).append(QLatin1Char('\n')); // never null on success
}

// QtTest cuts a failure's message at about 1,000 characters, so a list of
// problems goes to the log line by line and the failure says what it lists.
bool logEach(const QStringList &problems)
{
    for (const QString &problem : problems)
        qInfo().noquote() << problem;
    return problems.isEmpty();
}

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = cli::run(QStringList { QStringLiteral("civicstat") } + arguments, out, err);
    return run;
}

} // namespace

class TranslationsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDir m_root { QStringLiteral(CIVICSTAT_SOURCE_DIR) };
    QStringList m_sources; // absolute, as update_translations scans them
    QString m_lupdateOutput;
    std::vector<Message> m_catalogue;
    catalogue::RecordingTranslator m_pseudo;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Each lookup the pseudo catalogue could not answer, with where lupdate
    // put that text instead, so that the fix is clear from the report.
    QStringList takeMisses()
    {
        QStringList lines;
        for (const QString &miss : m_pseudo.takeMisses()) {
            const QStringList parts = miss.split(QChar(0x1f));
            QStringList elsewhere;
            for (const Message &m : m_catalogue) {
                if (m.source == parts.at(1))
                    elsewhere << QStringLiteral("\"%1\" (%2)").arg(m.context, m.location);
            }
            lines << QStringLiteral("  context \"%1\", \"%2\": %3")
                         .arg(parts.at(0), parts.at(1).left(70),
                             elsewhere.isEmpty()
                                 ? QStringLiteral("lupdate finds this text nowhere (a tr() of a variable needs "
                                                  "QT_TRANSLATE_NOOP where the text is written)")
                                 : QStringLiteral("lupdate files it under ") + elsewhere.join(QStringLiteral(", ")));
        }
        lines.sort();
        return lines;
    }

    void verifyNoMisses()
    {
        const QStringList misses = takeMisses();
        QVERIFY2(logEach(misses),
            qPrintable(QStringLiteral("%1 strings the code asks for are missing from the catalogue (listed above)")
                           .arg(misses.size())));
    }

    void shoot(QWidget *widget, const QString &name)
    {
        QTest::qWait(200);
        const QDir out(QStringLiteral(CIVICSTAT_PSEUDO_LOCALE_OUT));
        QDir().mkpath(out.path());
        QVERIFY(widget->grab().save(out.filePath(name)));
    }

private slots:
    void init() { m_pseudo.takeMisses(); } // each test reports its own

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString list = QStringLiteral(CIVICSTAT_TRANSLATABLE_SOURCES);
        for (const QString &line : readAll(list).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("-I")))
                m_sources << line;
        }
        QVERIFY2(m_sources.size() > 50, qPrintable(list));
        m_lupdateOutput = runTool(QStringLiteral(CIVICSTAT_LUPDATE),
            { QLatin1Char('@') + list, QStringLiteral("-locations"), QStringLiteral("absolute"), QStringLiteral("-ts"),
                path(QStringLiteral("catalogue.ts")) });
        QVERIFY(!m_lupdateOutput.isNull());
        QString error;
        m_catalogue = catalogue::read(path(QStringLiteral("catalogue.ts")), m_root, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_catalogue.size() > 500);
        qInfo("lupdate finds %d strings in %d source files", int(m_catalogue.size()), int(m_sources.size()));

        QVERIFY(catalogue::writePseudo(m_catalogue, path(QStringLiteral("pseudo.ts"))));
        QVERIFY(!runTool(QStringLiteral(CIVICSTAT_LRELEASE),
            { path(QStringLiteral("pseudo.ts")), QStringLiteral("-qm"), path(QStringLiteral("pseudo.qm")) })
                     .isNull());
        QVERIFY(m_pseudo.loadCompiled(path(QStringLiteral("pseudo.qm"))));
        QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
        // The harness itself: a catalogued string comes back bracketed, an unknown one is a miss.
        QCOMPARE(QCoreApplication::translate("civicstat::MainWindow", "&File"), QStringLiteral("[&File]"));
        QCOMPARE(QCoreApplication::translate("civicstat::Nowhere", "Not a string of ours"),
            QStringLiteral("Not a string of ours"));
        QVERIFY(takeMisses()
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("context \"civicstat::Nowhere\", \"Not a string of ours\"")));
    }

    void demoCity_asksOnlyForCataloguedStrings()
    {
        // In the pseudo locale, as a user's first run writes it; the other tests open it.
        m_demo = path(QStringLiteral("demo.db"));
        const DemoSummary written = writeDemoCity(m_demo, DemoOptions {});
        QCOMPARE(written.measures, 120);
        verifyNoMisses();
    }

    void lupdate_understandsEveryTranslation()
    {
        // lupdate warns where it cannot tell a tr()'s context ("Class 'civicstat::cli'
        // lacks Q_OBJECT macro"), or cannot read a call at all.
        static const QRegularExpression warning(QStringLiteral("^.+:\\d+: .+$"), QRegularExpression::MultilineOption);
        QStringList warnings;
        for (auto it = warning.globalMatch(m_lupdateOutput); it.hasNext();)
            warnings << it.next().captured(0).replace(m_root.absolutePath() + QLatin1Char('/'), QString());
        QVERIFY2(logEach(warnings),
            qPrintable(QStringLiteral("lupdate cannot place %1 calls (listed above)").arg(warnings.size())));
    }

    void catalogue_hasOnlyContextsTheCodeAsksFor()
    {
        // The contexts the code names: translate("X", ...), QT_TRANSLATE_NOOP("X", ...),
        // Q_DECLARE_TR_FUNCTIONS(X), and the Q_OBJECT classes, whose tr() asks
        // for their qualified name (lupdate qualifies them itself).
        static const QRegularExpression named(
            QStringLiteral("(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\\(\\s*\"([^\"]+)\""));
        static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)"));
        static const QRegularExpression qobject(QStringLiteral("class\\s+(\\w+)[^;{]*\\{\\s*Q_OBJECT"));
        QSet<QString> asked;
        QSet<QString> qobjects;
        for (const QString &source : std::as_const(m_sources)) {
            const QString text = readAll(source);
            for (const QRegularExpression *context : { &named, &declared }) {
                for (auto it = context->globalMatch(text); it.hasNext();)
                    asked << it.next().captured(1);
            }
            for (auto it = qobject.globalMatch(text); it.hasNext();)
                qobjects << it.next().captured(1);
        }
        QHash<QString, QStringList> unasked; // context -> its strings
        for (const Message &m : m_catalogue) {
            if (!asked.contains(m.context) && !qobjects.contains(m.context.section(QLatin1String("::"), -1)))
                unasked[m.context] << QStringLiteral("%1 \"%2\"").arg(m.location, m.source.left(60));
        }
        QStringList report;
        qsizetype strings = 0;
        for (auto it = unasked.cbegin(); it != unasked.cend(); ++it) {
            strings += it.value().size();
            report << QStringLiteral("  \"%1\": %2 strings, first %3")
                          .arg(it.key())
                          .arg(it.value().size())
                          .arg(it.value().first());
        }
        report.sort();
        QVERIFY2(logEach(report),
            qPrintable(
                QStringLiteral("lupdate files %1 of %2 strings under %3 contexts the code never asks for (listed "
                               "above); declare each with Q_DECLARE_TR_FUNCTIONS (docs/translations.md)")
                    .arg(strings)
                    .arg(m_catalogue.size())
                    .arg(report.size())));
    }

    void committedTranslations_holdWhatTheCodeAsksFor()
    {
        QSet<QString> fresh;
        for (const Message &m : m_catalogue)
            fresh << catalogue::key(m);
        const QDir translations(m_root.filePath(QStringLiteral("translations")));
        const QStringList files = translations.entryList({ QStringLiteral("*.ts") }, QDir::Files);
        QVERIFY2(!files.isEmpty(), "translations/ has no .ts file");
        for (const QString &file : files) {
            QString error;
            const auto committed = catalogue::read(translations.filePath(file), m_root, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QSet<QString> held;
            QStringList stale;
            for (const Message &m : committed) {
                if (m.obsolete)
                    continue;
                held << catalogue::key(m);
                if (!fresh.contains(catalogue::key(m)))
                    stale << QStringLiteral("  no longer asked for: \"%1\", \"%2\"").arg(m.context, m.source.left(60));
            }
            QStringList missing;
            for (const Message &m : m_catalogue) {
                if (!held.contains(catalogue::key(m)))
                    missing
                        << QStringLiteral("  missing: %1 \"%2\", \"%3\"").arg(m.location, m.context, m.source.left(60));
            }
            QVERIFY2(logEach((missing + stale).mid(0, 40)),
                qPrintable(QStringLiteral("translations/%1 is out of date (%2 missing, %3 stale; the first 40 listed "
                                          "above): run \"cmake --build build --target update_translations\" and "
                                          "commit it")
                               .arg(file)
                               .arg(missing.size())
                               .arg(stale.size())));
        }
    }

    void commandLine_asksOnlyForCataloguedStrings()
    {
        QStringList unbracketed;
        if (!runCli({ QStringLiteral("--help") }).out.startsWith(QLatin1String("[Usage: civicstat [DATABASE]")))
            unbracketed << QStringLiteral("--help");
        for (const char *command : { "init", "scorecard", "import", "undo-import", "settings", "demo", "check" }) {
            if (!runCli({ QLatin1String(command), QStringLiteral("--help") })
                     .out.contains(QLatin1String("[Show this help.]")))
                unbracketed << QLatin1String(command) + QLatin1String(" --help");
        }
        const QString notADatabase = path(QStringLiteral("notes.db"));
        write(notADatabase, "These are notes, not a database.\n");
        const QString created = path(QStringLiteral("created.db"));
        const QList<QStringList> runs = {
            { QStringLiteral("frobnicate") },
            { QStringLiteral("check"), m_demo },
            { QStringLiteral("check"), notADatabase },
            { QStringLiteral("scorecard"), m_demo },
            { QStringLiteral("scorecard"), m_demo, QStringLiteral("--scope"), QStringLiteral("nowhere") },
            { QStringLiteral("scorecard"), m_demo, QStringLiteral("--format"), QStringLiteral("xml") },
            { QStringLiteral("scorecard"), m_demo, QStringLiteral("--period"), QStringLiteral("2024-13") },
            { QStringLiteral("scorecard"), notADatabase },
            { QStringLiteral("settings"), m_demo, QStringLiteral("no_such_setting") },
            { QStringLiteral("settings"), m_demo, QStringLiteral("fiscal_year_start_month"), QStringLiteral("13") },
            { QStringLiteral("init"), m_demo },
            { QStringLiteral("init"), created, QStringLiteral("--fiscal-year-start"), QStringLiteral("13") },
            { QStringLiteral("init"), created },
            { QStringLiteral("undo-import"), created },
            { QStringLiteral("demo"), m_demo },
            { QStringLiteral("demo"), path(QStringLiteral("x.db")), QStringLiteral("--scale"), QStringLiteral("huge") },
            { QStringLiteral("demo"), path(QStringLiteral("x.db")), QStringLiteral("--seed"), QStringLiteral("many") },
        };
        for (const QStringList &arguments : runs) {
            const CliRun run = runCli(arguments);
            const QString said = run.code == cli::Success ? run.out : run.err;
            if (!said.contains(QLatin1Char('[')))
                unbracketed << arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + said.trimmed();
        }
        verifyNoMisses();
        QVERIFY2(logEach(unbracketed), "the command line says these in English in the pseudo locale (listed above)");
    }

    void importProblems_askOnlyForCataloguedStrings()
    {
        const QString data = QStringLiteral(CIVICSTAT_TEST_DATA);
        const std::pair<const char *, QByteArray> files[] = {
            { "figures.csv",
                "measure,period,value,numerator,denominator,dimension,member,flag\n"
                "FD-01,2024-13,1,,,,,\nNOPE,2024-01,1,,,,,\nFD-01,2024-02,,,,,,\nFD-01,2024-03,1,,,gender,,\n"
                "FD-01,2024-04,1,,,,,guess\nFD-01,2024-05,1,2,,,,\nFD-01,2024-06,30000.5.1,,,,,\n"
                "FD-01,2024-06,1,,,,,\n,2024-07,1,,,,,\n" },
            { "structure.csv",
                "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                "measure_code,measure_name,direction,aggregation,weight,tolerance\n"
                "G9,Goal,G9.1,Objective,D9,Dept,M9,Measure,sideways,median,-1,2\n"
                "G9,Other name,G9.1,Objective,D9,Dept,M10,Measure,higher,sum,,\n" },
            { "unknown.csv", "what,is,this\n1,2,3\n" },
            { "empty.csv", "" },
            { "latin1.csv", "measure,period,value\nFD-01,2024-01,1\xe9\n" },
            { "good.csv", "measure,period,value\nFD-01,2026-10,88\n" },
            { "damaged.xlsx", "PK\x03\x04 this is not a workbook" },
            { "broken.mapping.json", "{ not json" },
            { "odd.mapping.json", "{\"civicstat_mapping\": 1, \"fields\": {\"nonsense\": {\"column\": \"A\"}}}" },
        };
        for (const auto &[name, contents] : files)
            write(path(QLatin1String(name)), contents);
        const QStringList dryRun = { QStringLiteral("--dry-run") };
        const QList<QStringList> runs = {
            QStringList { path(QStringLiteral("figures.csv")) } + dryRun,
            QStringList { path(QStringLiteral("structure.csv")) } + dryRun,
            QStringList { path(QStringLiteral("unknown.csv")) } + dryRun,
            QStringList { path(QStringLiteral("empty.csv")) } + dryRun,
            QStringList { path(QStringLiteral("latin1.csv")) } + dryRun,
            QStringList { path(QStringLiteral("good.csv")) } + dryRun,
            QStringList { path(QStringLiteral("missing.csv")) } + dryRun,
            { path(QStringLiteral("damaged.xlsx")), QStringLiteral("--mapping"),
                data + QStringLiteral("/wide.mapping.json") },
            { path(QStringLiteral("good.csv")), QStringLiteral("--mapping"),
                path(QStringLiteral("broken.mapping.json")) },
            { path(QStringLiteral("good.csv")), QStringLiteral("--mapping"), path(QStringLiteral("odd.mapping.json")) },
            { path(QStringLiteral("good.csv")), QStringLiteral("--mapping"),
                data + QStringLiteral("/long.mapping.json") },
            { data + QStringLiteral("/two-sheets.xlsx"), QStringLiteral("--mapping"),
                data + QStringLiteral("/wide.mapping.json") },
        };
        QStringList unbracketed;
        for (const QStringList &arguments : runs) {
            const CliRun run = runCli(QStringList { QStringLiteral("import"), m_demo } + arguments);
            const QString said = run.code == cli::Success ? run.out : run.err;
            if (!said.startsWith(QLatin1Char('[')) && !said.contains(QLatin1String(": [")))
                unbracketed << arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + said.trimmed();
        }
        verifyNoMisses();
        QVERIFY2(logEach(unbracketed), "the import says these in English in the pseudo locale (listed above)");
    }

    void desktop_pseudoLocale_asksOnlyForCataloguedStrings()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        QVERIFY(window.openDatabase(m_demo, true).isEmpty());
        QVERIFY(shown.wait(30000));
        shoot(&window, QStringLiteral("overview.png"));
        window.navigateTo({ Level::Goal, QStringLiteral("G1") });
        shoot(&window, QStringLiteral("scorecard-goal.png"));
        window.navigateTo({ Level::Department, QStringLiteral("PD") });
        shoot(&window, QStringLiteral("scorecard-department.png"));
        window.navigateTo({ Level::Measure, QStringLiteral("FD-01") });
        shoot(&window, QStringLiteral("measure.png"));
        for (int tab = 1; tab < window.measurePage()->tabs()->count(); ++tab) {
            window.measurePage()->tabs()->setCurrentIndex(tab);
            shoot(&window, QStringLiteral("measure-tab%1.png").arg(tab));
        }
        // The menus hold no data, only the program's words: every one bracketed.
        QStringList unbracketed;
        for (QAction *menu : window.menuBar()->actions()) {
            QVERIFY(menu->text().startsWith(QLatin1Char('[')));
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator() && !action->text().startsWith(QLatin1Char('[')))
                    unbracketed << menu->text() + QLatin1String(" > ") + action->text();
            }
        }
        QVERIFY2(logEach(unbracketed), "menu entries in English in the pseudo locale (listed above)");

        CitySettingsDialog settings(window.snapshot()->settings(), false);
        settings.show();
        shoot(&settings, QStringLiteral("city-settings.png"));

        const QString figures = path(QStringLiteral("wizard.csv"));
        write(figures, "measure,period,value\nFD-01,2026-10,88\nFD-01,2026-11,not a number\n");
        ImportWizard wizard(path(QStringLiteral("wizard.db")));
        wizard.show();
        wizard.setFile(figures);
        shoot(&wizard, QStringLiteral("import-choose.png"));
        QSignalSpy planned(&wizard, &ImportWizard::planReady);
        wizard.next();
        QVERIFY(planned.wait(30000));
        shoot(&wizard, QStringLiteral("import-check.png"));

        const TabularFile file = readTabularFile(figures);
        QVERIFY(!file.sheets.empty());
        MappingBuilderDialog builder(file.sheets.front(), QString());
        builder.resize(760, 900);
        builder.show();
        shoot(&builder, QStringLiteral("build-mapping.png"));

        verifyNoMisses();
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
