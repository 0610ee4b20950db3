#include "scorecardtablemodel.h"

#include "itemroles.h"
#include "measureseries.h"
#include "statuspresentation.h"
#include "worstfirst.h"

#include <QLocale>
#include <cmath>
#include <limits>

namespace civicstat {

ScorecardTableModel::ScorecardTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScorecardTableModel::setScope(std::shared_ptr<const CitySnapshot> snapshot, const Scope &scope)
{
    const std::vector<Scorecard> cards = snapshot->series(scope);
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    const Scorecard &current = cards.back();
    m_scopeRow = current.rows.front();
    const Structure &structure = m_snapshot->structure();
    for (std::size_t i = 1; i < current.rows.size(); ++i) {
        if (current.rows[i].depth != 1)
            continue;
        Row row;
        row.current = current.rows[i];
        for (const Scorecard &card : cards) {
            const ScorecardRow &then = card.rows[i];
            const auto value = then.level == Level::Measure ? then.actual : then.score;
            row.history << (value ? *value : std::numeric_limits<double>::quiet_NaN());
        }
        if (row.current.level == Level::Measure) {
            row.trend = row.current.trendFromPrevious;
            if (const Measure *m = structure.measureByCode(row.current.code)) {
                row.lastUpdate = m_snapshot->lastUpdate(m->id);
                row.freshness = freshnessOf(*m, m_snapshot->lastUpdateAsOf(m->id), m_snapshot->freshnessDay());
                row.byMemberOnly = m_snapshot->reportedOnlyByMember(m->id);
                row.refreshDays = m->refreshDays;
                row.coarserThanPeriod = granularityOf(periodKindFor(m->frequency)) > m_snapshot->period().granularity();
                row.frequency = toText(m->frequency);
                row.current.owner = m->steward;
            }
        } else if (cards.size() >= 2 && row.current.score && cards[cards.size() - 2].rows[i].score) {
            row.trend = trendOf(Direction::Higher, nullptr, *row.current.score, *cards[cards.size() - 2].rows[i].score);
        }
        m_rows.push_back(row);
    }
    endResetModel();
}

int ScorecardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

std::optional<double> ScorecardTableModel::variance(const ScorecardRow &row) const
{
    if (row.level != Level::Measure || !row.actual || !row.target)
        return std::nullopt;
    const double a = *row.actual;
    if (row.direction != Direction::Band)
        return a - row.target->value;
    if (a < row.target->bandLow)
        return a - row.target->bandLow;
    if (a > row.target->bandHigh)
        return a - row.target->bandHigh;
    return 0.0;
}

QVariant ScorecardTableModel::display(const Row &row, int column) const
{
    const ScorecardRow &r = row.current;
    const bool measure = r.level == Level::Measure;
    switch (column) {
    case StatusColumn:
        if (measure && r.status == Status::NoData && row.coarserThanPeriod)
            return tr("%1 (reported %2)").arg(statusLabel(r.status), row.frequency);
        if (measure && row.byMemberOnly)
            return tr("%1 (by member only)").arg(statusLabel(r.status));
        if (measure && row.freshness == Freshness::NeverReported)
            return tr("%1 (never reported)").arg(statusLabel(r.status));
        if (measure && row.freshness == Freshness::Stale)
            return tr("%1 (late)").arg(statusLabel(r.status));
        return statusLabel(r.status);
    case NameColumn: return r.name;
    case ActualColumn: return measure && r.actual ? formatValue(*r.actual, r.unit, r.decimals) : QString();
    case TargetColumn:
        if (!measure || !r.target)
            return QString();
        if (r.direction == Direction::Band)
            return tr("%1 to %2").arg(formatValue(r.target->bandLow, r.unit, r.decimals),
                                      formatValue(r.target->bandHigh, r.unit, r.decimals));
        return formatValue(r.target->value, r.unit, r.decimals);
    case VarianceColumn: {
        const auto v = variance(r);
        if (!v)
            return QString();
        const QString unit = r.unit == QLatin1String("%") ? tr(" pts") : QString();
        const QString magnitude = formatValue(std::abs(*v), r.unit == QLatin1String("%") ? QString() : r.unit, r.decimals);
        return (*v > 0 ? QStringLiteral("+") : *v < 0 ? QStringLiteral("\u2212") : QString()) + magnitude + unit;
    }
    case ScoreColumn: return r.score ? formatScore(*r.score) : QString();
    case TrendColumn:
        switch (row.trend) {
        case Trend::Improving: return tr("\u2197 Improving");
        case Trend::Worsening: return tr("\u2198 Worsening");
        case Trend::Steady: return tr("\u2192 Steady");
        case Trend::Unknown: return QString();
        }
        break;
    case UpdatedColumn: return row.lastUpdate ? QLocale().toString(*row.lastUpdate, QLocale::ShortFormat) : QString();
    case OwnerColumn: return r.owner;
    }
    return {};
}

QVariant ScorecardTableModel::sortValue(const Row &row, int column) const
{
    const ScorecardRow &r = row.current;
    switch (column) {
    case StatusColumn: return worstFirstKey(r); // ascending: worst first, as the overview
    case ActualColumn: return r.actual ? QVariant(*r.actual) : QVariant(-std::numeric_limits<double>::max());
    case TargetColumn: return r.target ? QVariant(r.target->value) : QVariant(-std::numeric_limits<double>::max());
    case VarianceColumn: {
        const auto v = variance(r);
        return v ? QVariant(*v) : QVariant(-std::numeric_limits<double>::max());
    }
    case ScoreColumn: return r.score ? QVariant(*r.score) : QVariant(-1.0);
    case TrendColumn: return int(row.trend);
    case UpdatedColumn: return row.lastUpdate ? QVariant(*row.lastUpdate) : QVariant(QDate(1, 1, 1));
    default: return display(row, column);
    }
}

QString ScorecardTableModel::tooltip(const Row &row) const
{
    const ScorecardRow &r = row.current;
    QString tip = QStringLiteral("%1 %2\n%3").arg(r.code, r.name, statusLabel(r.status));
    if (r.score)
        tip += tr(", score %1").arg(formatScore(*r.score));
    if (r.level != Level::Measure)
        tip += QLatin1Char('\n')
            + tr("%1 measures on track, %2 at risk, %3 off track, %4 without data or target.")
                  .arg(r.counts.onTrack)
                  .arg(r.counts.atRisk)
                  .arg(r.counts.offTrack)
                  .arg(r.counts.noData + r.counts.noTarget);
    if (row.coarserThanPeriod)
        tip += QLatin1Char('\n')
            + tr("This measure is reported %1: choose a longer period to see its figure.").arg(row.frequency);
    if (row.freshness == Freshness::Stale && row.lastUpdate)
        tip += QLatin1Char('\n')
            + tr("Late: the latest figure covers up to %1, older than the expected refresh interval.")
                  .arg(QLocale().toString(*row.lastUpdate, QLocale::LongFormat));
    if (row.byMemberOnly)
        tip += QLatin1Char('\n') + tr("Its figures are reported only by member (district, precinct...), not as a "
                                      "citywide total, so it has no score; its page shows them under Breakdown.");
    else if (row.freshness == Freshness::NeverReported)
        tip += QLatin1Char('\n') + tr("No figure has ever been reported for this measure.");
    tip += QLatin1Char('\n') + tr("Double-click or press Enter to open it.");
    return tip;
}

QVariant ScorecardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return index.column() == HistoryColumn ? QVariant() : display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(row.current.status);
        break;
    case Qt::ToolTipRole: return tooltip(row);
    case Qt::TextAlignmentRole:
        if (index.column() >= ActualColumn && index.column() <= ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusRole: return int(row.current.status);
    case CodeRole: return row.current.code;
    case LevelRole: return int(row.current.level);
    case ScoreRole: return row.current.score ? QVariant(*row.current.score) : QVariant();
    case SparklineRole: return row.history;
    case SortRole: return sortValue(row, index.column());
    }
    return {};
}

QVariant ScorecardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn: return tr("Status");
        case NameColumn: return tr("Name");
        case ActualColumn: return tr("Actual");
        case TargetColumn: return tr("Target");
        case VarianceColumn: return tr("Variance");
        case ScoreColumn: return tr("Score");
        case TrendColumn: return tr("Trend");
        case HistoryColumn: return tr("Last 12 periods");
        case UpdatedColumn: return tr("Data up to");
        case OwnerColumn: return tr("Owner");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VarianceColumn: return tr("Actual minus target (for a range: distance outside it); pts = percentage points");
        case ScoreColumn: return tr("1.00 means on target; objectives and goals average their measures' scores");
        case TrendColumn: return tr("Compared with the previous period, judged by whether higher or lower is better");
        case HistoryColumn: return tr("Actual (measures) or score (objectives) over the last 12 periods");
        case UpdatedColumn: return tr("The last day covered by the most recent figure");
        case OwnerColumn: return tr("The objective's owner, or the measure's data steward");
        }
    }
    return {};
}

} // namespace civicstat
