// Writes a Scorecard as an aligned text table, CSV or JSON for the command
// line and for scripts. The CSV columns are a contract documented in
// docs/cli.md: level,code,name,period,actual,target,status,score come first.
#pragma once

#include "scorecard.h"

#include <QByteArray>

namespace civicstat {

QString plainNumber(double value, int maxDecimals = 4); // dot decimal, no grouping, no trailing zeros
QByteArray scorecardCsv(const Scorecard &card);
QByteArray scorecardJson(const Scorecard &card);
QString scorecardTable(const Scorecard &card);

} // namespace civicstat
