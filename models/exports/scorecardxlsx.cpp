#include "scorecardxlsx.h"

#include "statustext.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace civicstat {

namespace {

struct ScorecardXlsxText { Q_DECLARE_TR_FUNCTIONS(ScorecardXlsx) };

enum Column {
    LevelColumn, CodeColumn, NameColumn, PeriodColumn, ActualColumn, TargetColumn, StatusColumn, ScoreColumn,
    TargetLowColumn, TargetHighColumn, UnitColumn, PreviousColumn, YearEarlierColumn, TrendColumn, OnTrackColumn,
    AtRiskColumn, OffTrackColumn, NoDataColumn, NoTargetColumn, DepartmentColumn, OwnerColumn,
    ClassificationColumn, CoverageColumn, FirstDayColumn, LastDayColumn, NotShownColumn, ColumnCount
};

lxw_datetime excelDate(QDate day) { return {day.year(), day.month(), day.day(), 0, 0, 0.0}; }

// The workbook being written, with the formats it shares between cells.
class Writer {
public:
    explicit Writer(lxw_workbook *book) : m_book(book)
    {
        m_bold = workbook_add_format(book);
        format_set_bold(m_bold);
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        m_title = workbook_add_format(book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_date = workbook_add_format(book);
        format_set_num_format(m_date, "yyyy-mm-dd");
        format_set_align(m_date, LXW_ALIGN_LEFT);
        m_count = workbook_add_format(book);
        format_set_num_format(m_count, "0");
        m_score = workbook_add_format(book);
        format_set_num_format(m_score, "0.00");
    }

    // "#,##0.0" for a measure with one decimal: Excel shows the figure as the window does.
    lxw_format *decimals(int places)
    {
        places = std::clamp(places, 0, 6);
        if (lxw_format *known = m_decimals.value(places))
            return known;
        lxw_format *format = workbook_add_format(m_book);
        const QByteArray code = places == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(places, '0');
        format_set_num_format(format, code.constData());
        m_decimals.insert(places, format);
        return format;
    }

    lxw_format *m_bold, *m_header, *m_title, *m_date, *m_count, *m_score;

private:
    lxw_workbook *m_book;
    QHash<int, lxw_format *> m_decimals;
};

void text(lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *format = nullptr)
{
    if (!value.isEmpty())
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), format);
}

void number(lxw_worksheet *sheet, int row, int column, const std::optional<double> &value, lxw_format *format)
{
    if (value)
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), *value, format);
}

void date(lxw_worksheet *sheet, int row, int column, std::optional<QDate> day, lxw_format *format)
{
    if (!day || !day->isValid())
        return;
    lxw_datetime value = excelDate(*day);
    worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &value, format);
}

// A page footer is a format string: "&" starts a code, "&&" is an ampersand.
QByteArray footerText(const QString &text) { return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")).toUtf8(); }

void writeScorecardSheet(Writer &w, lxw_worksheet *sheet, const EditionScorecard &scorecard)
{
    const Scorecard &card = scorecard.card;
    const QStringList header = scorecardXlsxColumns();
    for (int c = 0; c < header.size(); ++c)
        text(sheet, 0, c, header[c], w.m_header);
    const QString period = card.period.text();
    const QString coverage = coverageRatio(card.coverage);
    int r = 1;
    for (const ScorecardRow &row : card.rows) {
        const bool measure = row.level == Level::Measure;
        const bool band = measure && row.direction == Direction::Band;
        lxw_format *figures = w.decimals(row.decimals);
        text(sheet, r, LevelColumn, toText(row.level));
        text(sheet, r, CodeColumn, row.code);
        // Indented as the window shows the tree; the code column stays plain for lookups.
        text(sheet, r, NameColumn, QString(row.depth * 2, QLatin1Char(' ')) + row.name);
        text(sheet, r, PeriodColumn, period);
        number(sheet, r, ActualColumn, row.actual, figures);
        if (row.target && !band)
            number(sheet, r, TargetColumn, row.target->value, figures);
        text(sheet, r, StatusColumn, statusLabel(row.status));
        number(sheet, r, ScoreColumn, row.score, w.m_score);
        if (row.target && band) {
            number(sheet, r, TargetLowColumn, row.target->bandLow, figures);
            number(sheet, r, TargetHighColumn, row.target->bandHigh, figures);
        }
        text(sheet, r, UnitColumn, row.unit);
        number(sheet, r, PreviousColumn, row.previousActual, figures);
        number(sheet, r, YearEarlierColumn, row.yearEarlierActual, figures);
        text(sheet, r, TrendColumn, toText(row.trendFromPrevious));
        const int counts[] = {row.counts.onTrack, row.counts.atRisk, row.counts.offTrack, row.counts.noData,
                              row.counts.noTarget};
        for (int i = 0; i < 5; ++i)
            number(sheet, r, OnTrackColumn + i, double(counts[i]), w.m_count);
        text(sheet, r, DepartmentColumn, row.department);
        text(sheet, r, OwnerColumn, row.owner);
        if (measure)
            text(sheet, r, ClassificationColumn, toText(row.classification));
        text(sheet, r, CoverageColumn, coverage);
        date(sheet, r, FirstDayColumn, card.period.first(), w.m_date);
        date(sheet, r, LastDayColumn, card.period.last(), w.m_date);
        text(sheet, r, NotShownColumn, scorecard.hiddenNote(row));
        ++r;
    }
    const double widths[ColumnCount] = {10, 14, 48, 10, 12, 12, 11, 8, 11, 11, 9, 12, 12, 11, 9, 9, 9, 9, 9, 26,
                                        22, 13, 9, 12, 12, 34};
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(1, r - 1)), ColumnCount - 1);
    worksheet_set_landscape(sheet);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_fit_to_pages(sheet, 1, 0);
}

void writeAboutSheet(Writer &w, lxw_worksheet *sheet, const EditionScorecard &scorecard)
{
    const Scorecard &card = scorecard.card;
    int r = 0;
    text(sheet, r, 0, ScorecardXlsxText::tr("%1 scorecard").arg(card.cityName), w.m_title);
    r += 2;
    const auto line = [&](const QString &label, const QString &value) {
        text(sheet, r, 0, label, w.m_bold);
        text(sheet, r, 1, value);
        ++r;
    };
    const auto dateLine = [&](const QString &label, std::optional<QDate> day) {
        text(sheet, r, 0, label, w.m_bold);
        if (day && day->isValid())
            date(sheet, r, 1, day, w.m_date);
        else
            text(sheet, r, 1, ScorecardXlsxText::tr("no figures yet"));
        ++r;
    };
    line(ScorecardXlsxText::tr("City"), card.cityName);
    if (!card.rows.empty()) {
        const ScorecardRow &scope = card.rows.front();
        line(ScorecardXlsxText::tr("Scope"), scope.level == Level::Citywide
                 ? ScorecardXlsxText::tr("Citywide")
                 : QStringLiteral("%1 %2: %3").arg(toText(scope.level), scope.code, scope.name));
    }
    line(ScorecardXlsxText::tr("Period"), card.period.text());
    dateLine(ScorecardXlsxText::tr("First day"), card.period.first());
    dateLine(ScorecardXlsxText::tr("Last day"), card.period.last());
    const QString toDate = scoredToDateNote(card);
    if (!toDate.isEmpty())
        line(ScorecardXlsxText::tr("Scored to date"), toDate);
    line(ScorecardXlsxText::tr("Audience"), scorecard.edition.title());
    if (!scorecard.edition.footerStamp().isEmpty())
        line(QString(), scorecard.edition.footerStamp());
    const QString hidden = scorecard.hiddenInScopeNote();
    if (!hidden.isEmpty())
        line(ScorecardXlsxText::tr("Left out"), hidden);
    if (!scorecard.edition.showsMemberFigures())
        line(QString(), ScorecardXlsxText::tr("Figures by neighbourhood or group are left out of a public edition."));
    dateLine(ScorecardXlsxText::tr("Data as of"), card.asOf);
    dateLine(ScorecardXlsxText::tr("Produced"), QDate::currentDate());
    ++r;
    line(ScorecardXlsxText::tr("Columns"),
         ScorecardXlsxText::tr("As the scorecard CSV (docs/cli.md); figures keep each measure's decimals, status "
                               "is in words, counts are of the measures below each row."));
    worksheet_set_column(sheet, 0, 0, 18, nullptr);
    worksheet_set_column(sheet, 1, 1, 90, nullptr);
}

[[noreturn]] void cannotWrite(const QString &path, const QString &reason)
{
    throw StoreError(StoreError::Kind::Io,
                     ScorecardXlsxText::tr("Cannot write %1: %2. Nothing was written; choose another folder or "
                                           "free some space and try again.")
                         .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

QStringList scorecardXlsxColumns()
{
    return {QStringLiteral("level"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("period"),
            QStringLiteral("actual"), QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("score"),
            QStringLiteral("target_low"), QStringLiteral("target_high"), QStringLiteral("unit"),
            QStringLiteral("previous_actual"), QStringLiteral("year_earlier_actual"), QStringLiteral("trend"),
            QStringLiteral("on_track"), QStringLiteral("at_risk"), QStringLiteral("off_track"),
            QStringLiteral("no_data"), QStringLiteral("no_target"), QStringLiteral("department"),
            QStringLiteral("owner"), QStringLiteral("classification"), QStringLiteral("coverage"),
            QStringLiteral("period_first_day"), QStringLiteral("period_last_day"), QStringLiteral("not_shown")};
}

void saveScorecardXlsx(const EditionScorecard &scorecard, const QString &path)
{
    const QFileInfo target(path);
    if (target.isDir())
        cannotWrite(path, ScorecardXlsxText::tr("it is a folder"));
    // Reserves a name beside the target, in the same file system, so the rename is atomic.
    QTemporaryFile partial(target.absolutePath() + QLatin1Char('/') + target.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!target.absoluteDir().exists())
        cannotWrite(path, ScorecardXlsxText::tr("the folder %1 does not exist")
                              .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (!partial.open())
        cannotWrite(path, partial.errorString());
    partial.close();
    // A temporary file is private to its owner; the export is an ordinary document.
    partial.setPermissions(target.exists() ? target.permissions()
                                           : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray partialName = QFile::encodeName(partial.fileName());
    // Its own temporary files go beside the target too, so that a full disk there shows here.
    QByteArray folder = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.tmpdir = folder.data();
    lxw_workbook *book = workbook_new_opt(partialName.constData(), &options);
    if (!book)
        cannotWrite(path, ScorecardXlsxText::tr("out of memory"));
    Writer writer(book);
    const QByteArray scorecardName = ScorecardXlsxText::tr("Scorecard").left(31).toUtf8();
    const QByteArray aboutName = ScorecardXlsxText::tr("About").left(31).toUtf8();
    lxw_worksheet *table = workbook_add_worksheet(book, scorecardName.constData());
    lxw_worksheet *about = workbook_add_worksheet(book, aboutName.constData());
    writeScorecardSheet(writer, table, scorecard);
    writeAboutSheet(writer, about, scorecard);
    const QString stamp = scorecard.edition.footerStamp();
    const QByteArray footer = "&L" + footerText(stamp) + "&RPage &P of &N";
    worksheet_set_footer(table, footer.constData());
    worksheet_set_footer(about, footer.constData());
    lxw_doc_properties properties{};
    const QByteArray title = ScorecardXlsxText::tr("%1 scorecard, %2").arg(scorecard.card.cityName,
                                                                            scorecard.card.period.text()).toUtf8();
    properties.title = const_cast<char *>(title.constData());
    workbook_set_properties(book, &properties);

    errno = 0;
    const lxw_error closed = workbook_close(book); // writes the package; frees the workbook either way
    if (closed != LXW_NO_ERROR) {
        const int systemError = errno;
        QString reason = QString::fromUtf8(lxw_strerror(closed));
        if (systemError != 0)
            reason += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(systemError)));
        cannotWrite(path, reason);
    }
    if (std::rename(partialName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        cannotWrite(path, QString::fromLocal8Bit(std::strerror(errno)));
    partial.setAutoRemove(false); // it is the target now
}

} // namespace civicstat
