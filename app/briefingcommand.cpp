#include "briefingcommand.h"

#include "briefingprinter.h"
#include "commandline.h"
#include "passphrasesource.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace civicstat::cli {

namespace {
struct BriefingCommandText { Q_DECLARE_TR_FUNCTIONS(BriefingCommand) };

std::optional<QPageSize::PageSizeId> paperFromText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("letter"))
        return QPageSize::Letter;
    if (key == QLatin1String("a4"))
        return QPageSize::A4;
    return std::nullopt;
}

} // namespace

int runBriefing(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BriefingCommandText::tr(
        "Writes a briefing book of DATABASE as a PDF: cover, contents, a one-page summary, the measures that need "
        "attention with their owners' explanations, the scorecard, a page per measure and an appendix of "
        "definitions. A public edition holds public measures only, every score recomputed from them; an "
        "internal one adds internal measures and stamps every page. Confidential and restricted measures "
        "appear only when named with --include-classified. Exit codes: 0 written, 1 invalid data (an unknown "
        "classified measure code, a period without figures), 2 usage (also an unknown scope code or an "
        "unreadable period), 3 the database cannot be opened, 4 the file cannot be written (nothing is left "
        "behind)."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), BriefingCommandText::tr("The KPI database."));
    const QCommandLineOption outOption(QStringLiteral("out"), BriefingCommandText::tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   BriefingCommandText::tr("citywide (default), goal:CODE, objective:CODE or dept:CODE."),
                                   QStringLiteral("SCOPE"), QStringLiteral("citywide"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    BriefingCommandText::tr("The period: 2026-09, 2026-Q3, FY2027, ... (default: the latest with figures)."),
                                    QStringLiteral("P"));
    const QCommandLineOption audience(QStringLiteral("audience"), BriefingCommandText::tr("public or internal (default)."),
                                      QStringLiteral("AUDIENCE"), QStringLiteral("internal"));
    const QCommandLineOption classified(QStringLiteral("include-classified"),
                                        BriefingCommandText::tr("Confidential or restricted measures to include, by code, comma-separated "
                                              "(internal audience only)."),
                                        QStringLiteral("CODE,..."));
    const QCommandLineOption paper(QStringLiteral("paper"), BriefingCommandText::tr("letter (default) or a4."), QStringLiteral("PAPER"),
                                   QStringLiteral("letter"));
    const QCommandLineOption pdfA(QStringLiteral("pdfa"), BriefingCommandText::tr("Write PDF/A-1b, for a records archive."));
    const QCommandLineOption title(QStringLiteral("title"), BriefingCommandText::tr("The title on the cover (default: Performance briefing)."),
                                   QStringLiteral("TEXT"));
    parser.addOptions({outOption, scope, period, audience, classified, paper, pdfA, title});
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;

    BriefingRequest request;
    const auto parsedScope = Scope::parse(parser.value(scope));
    const auto parsedAudience = audienceFromText(parser.value(audience));
    const auto parsedPaper = paperFromText(parser.value(paper));
    QString problem;
    if (!parser.isSet(outOption))
        problem = BriefingCommandText::tr("Say where to write the briefing with --out FILE.pdf.");
    else if (!parsedScope)
        problem = BriefingCommandText::tr("\"%1\" is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.").arg(parser.value(scope));
    else if (!parsedAudience)
        problem = BriefingCommandText::tr("\"%1\" is not an audience. Use public or internal.").arg(parser.value(audience));
    else if (!parsedPaper)
        problem = BriefingCommandText::tr("\"%1\" is not a paper size. Use letter or a4.").arg(parser.value(paper));
    if (!problem.isEmpty()) {
        err << problem << '\n';
        return Usage;
    }
    request.scope = *parsedScope;
    request.periodText = parser.value(period);
    request.edition.audience = *parsedAudience;
    for (const QString &code : parser.value(classified).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.edition.classifiedCodes.insert(code.trimmed());
    request.paper = *parsedPaper;
    request.pdfA = parser.isSet(pdfA);
    request.title = parser.value(title);

    QElapsedTimer timer;
    timer.start();
    const auto store = openDatabase(parser.positionalArguments().at(0));
    if (const auto unknown = unusableScopeOrPeriod(*store, request.scope, request.periodText)) {
        err << *unknown << '\n'; // what the user typed, as for scorecard and export
        return Usage;
    }
    const BriefingBook book = assembleConsistentBriefing(*store, request);
    const QString path = parser.value(outOption);
    WrittenBriefing written;
    try {
        written = writeBriefingPdf(book, path);
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        return CannotWrite;
    }
    const QString measures = book.sections.size() == 1
        ? BriefingCommandText::tr("1 measure")
        : BriefingCommandText::tr("%1 measures").arg(book.sections.size());
    out << BriefingCommandText::tr("Wrote %1: %2 pages, %3 (%4, %5), in %6 s.")
               .arg(QFileInfo(path).fileName(), QString::number(written.pages), measures, book.request.edition.title(),
                    book.periodLabel, QString::number(timer.elapsed() / 1000.0, 'f', 2))
        << '\n';
    if (book.hiddenInScope > 0)
        out << hiddenMeasuresNote(book.hiddenInScope) << ".\n";
    return Success;
}

} // namespace civicstat::cli
