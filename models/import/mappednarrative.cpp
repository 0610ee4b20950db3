#include "mappednarrative.h"

#include "mappedimport.h"

#include <QDateTime>

namespace civicstat {

namespace {

QString keyOf(const QString &measure, const QString &when) { return measure + QChar(0x1f) + when; }

} // namespace

QString narrativeText(const QString &cell)
{
    QString text = cell;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simplified = line.simplified();
        if (simplified.isEmpty() && (lines.isEmpty() || lines.constLast().isEmpty()))
            continue; // no empty line first, and one at most between paragraphs
        lines << simplified;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

void NarrativeCollector::add(std::vector<Text> &texts, QHash<QString, int> &index, Text text)
{
    const QString key = keyOf(text.measure, text.period);
    const auto it = index.constFind(key);
    if (it == index.constEnd()) {
        index.insert(key, int(texts.size()));
        texts.push_back(std::move(text));
        return;
    }
    Text &existing = texts[std::size_t(*it)];
    if (existing.line == text.line)
        existing.body += QLatin1String("\n\n") + text.body;
    else
        existing = std::move(text);
}

void NarrativeCollector::addCommentary(const QString &measure, const Period &period, const QString &text, int line)
{
    add(m_comments, m_commentIndex, {measure, period.text(), QDate(), text, line});
}

void NarrativeCollector::addTargetNote(const QString &measure, const QDate &effectiveFrom, const QString &text,
                                       int line)
{
    add(m_targetNotes, m_targetNoteIndex,
        {measure, effectiveFrom.toString(Qt::ISODate), effectiveFrom, text, line});
}

void NarrativeCollector::targetSetOnRow(const QString &measure, const QDate &effectiveFrom, int line)
{
    m_targetLines.insert(keyOf(measure, effectiveFrom.toString(Qt::ISODate)), line);
}

void NarrativeCollector::finish(ImportBatch &batch, MappedImportCounts &counts) const
{
    QHash<QString, NewTarget *> targets;
    for (NewTarget &t : batch.targets)
        targets.insert(keyOf(t.measureCode, t.target.effectiveFrom.toString(Qt::ISODate)), &t);
    for (const Text &note : m_targetNotes) {
        const QString key = keyOf(note.measure, note.period);
        NewTarget *target = targets.value(key);
        // No target (a measure without a direction, a value refused) or
        // another row's target: the note would explain a figure it was not written for.
        if (!target || m_targetLines.value(key) != note.line) {
            ++counts.targetNotesWithoutTarget;
            continue;
        }
        target->target.note = note.body;
        ++counts.targetNotes;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    batch.commentary.reserve(batch.commentary.size() + m_comments.size());
    for (const Text &comment : m_comments)
        batch.commentary.push_back({comment.measure, comment.period, m_author, now, comment.body});
    counts.comments = int(m_comments.size());
}

} // namespace civicstat
