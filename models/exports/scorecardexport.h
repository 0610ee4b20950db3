// Writes a Scorecard as an aligned text table, CSV or JSON for the command
// line and for scripts. The CSV columns are a contract documented in
// docs/cli.md: level,code,name,period,actual,target,status,score come first.
#pragma once

#include "scorecard.h"

#include <QByteArray>
#include <functional>

namespace civicstat {

QString plainNumber(double value, int maxDecimals = 4); // dot decimal, no grouping, no trailing zeros
QByteArray scorecardCsv(const Scorecard &card);
// With three more columns at the end, as the XLSX export has them:
// period_first_day, period_last_day (ISO dates) and not_shown (`notShown` of the row).
QByteArray scorecardCsv(const Scorecard &card, const std::function<QString(const ScorecardRow &)> &notShown);
QByteArray scorecardJson(const Scorecard &card);
QString scorecardTable(const Scorecard &card);

} // namespace civicstat
