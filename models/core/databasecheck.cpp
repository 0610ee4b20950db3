#include "databasecheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace civicstat {

namespace {

struct DatabaseCheckText { Q_DECLARE_TR_FUNCTIONS(DatabaseCheck) };

// Tabs, newlines and backslashes in a note would otherwise move the fields of a line.
QByteArray escaped(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\\') || utf8.contains('\t') || utf8.contains('\n') || utf8.contains('\r'))
        utf8.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    return utf8;
}

// The shortest text that reads back as the same double, so the digest does not
// depend on how many digits a printer chose.
QByteArray number(double value) { return QByteArray::number(value, 'g', QLocale::FloatingPointShortest); }

QByteArray number(std::optional<double> value) { return value ? number(*value) : QByteArray(); }

} // namespace

FiguresDigest::FiguresDigest() : m_hash(QCryptographicHash::Sha256) {}

QByteArray FiguresDigest::line(const DigestedFigure &figure)
{
    QByteArray line;
    line.reserve(64 + figure.note.size());
    line += escaped(figure.measureCode) + '\t' + escaped(figure.dimensionCode) + '\t' + escaped(figure.memberCode) + '\t'
        + escaped(figure.period) + '\t' + number(figure.value) + '\t' + number(figure.numerator) + '\t'
        + number(figure.denominator) + '\t' + (figure.provisional ? '1' : '0') + '\t' + (figure.estimated ? '1' : '0')
        + '\t' + escaped(figure.note) + '\n';
    return line;
}

void FiguresDigest::add(const DigestedFigure &figure) { m_hash.addData(line(figure)); }

QByteArray FiguresDigest::hex() const { return m_hash.result().toHex(); }

QString databaseCheckReport(const DatabaseCheck &check)
{
    QString report;
    if (check.isSound()) {
        report += (check.onServer ? DatabaseCheckText::tr("%1 is sound: the PostgreSQL server keeps its files "
                                                          "sound, and every figure reads.")
                                        .arg(check.path)
                                  : DatabaseCheckText::tr("%1 is sound: SQLite's integrity check found no damage.")
                                        .arg(check.path))
            + QLatin1Char('\n');
        report += DatabaseCheckText::tr("measures:       %1").arg(check.measures) + QLatin1Char('\n');
        report += DatabaseCheckText::tr("observations:   %1").arg(check.observations) + QLatin1Char('\n');
        report += (check.undoneImports > 0 ? DatabaseCheckText::tr("imports:        %1 (%2 undone)")
                                                 .arg(check.imports)
                                                 .arg(check.undoneImports)
                                           : DatabaseCheckText::tr("imports:        %1").arg(check.imports))
            + QLatin1Char('\n');
        report += DatabaseCheckText::tr("figures digest: %1").arg(QString::fromLatin1(check.figuresDigest))
            + QLatin1Char('\n');
        return report;
    }
    report += (check.damage.size() == 1
                      ? DatabaseCheckText::tr("%1 is damaged: SQLite's integrity check found this problem:")
                            .arg(check.path)
                      : DatabaseCheckText::tr("%1 is damaged: SQLite's integrity check found these problems:")
                            .arg(check.path))
        + QLatin1Char('\n');
    for (const QString &finding : check.damage)
        report += QStringLiteral("  ") + finding + QLatin1Char('\n');
    report += DatabaseCheckText::tr(
                  "Do not import into it or change it. Restore it from a backup, or ask your data steward for a fresh "
                  "copy; keep the damaged file for whoever investigates.")
        + QLatin1Char('\n');
    return report;
}

} // namespace civicstat
