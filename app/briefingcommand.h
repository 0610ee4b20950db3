// `civicstat briefing`: a briefing book as a PDF, produced unattended (a
// monthly pack from a scheduled job). Needs a QGuiApplication (fonts, PDF).
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runBriefing(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
