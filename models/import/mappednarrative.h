// The owners' explanations a mapped file carries beside its figures: the
// commentary of a period, and the note of a period's target. They are signed
// with the file's name, so that the reader knows where they came from and a
// second import of the same file replaces them instead of adding them again.
// Internal to mappedimport.cpp.
#pragma once

#include "kpistore.h"
#include "period.h"

#include <QHash>

namespace civicstat {

struct MappedImportCounts;

// A cell of free text as the reader should see it: blanks of each line cut,
// paragraphs kept (one empty line between them), non-breaking spaces made plain.
QString narrativeText(const QString &cell);

class NarrativeCollector final
{
public:
    explicit NarrativeCollector(QString author) : m_author(std::move(author)) {}

    // Two columns of one row for the same period (Baltimore's year-end
    // explanation and its quarterly context) make one comment, in the
    // header's order; a later row's replaces an earlier row's, as its targets do.
    void addCommentary(const QString &measure, const Period &period, const QString &text, int line);
    void addTargetNote(const QString &measure, const QDate &effectiveFrom, const QString &text, int line);
    // The row whose target the batch keeps: a note explains its own row's target only.
    void targetSetOnRow(const QString &measure, const QDate &effectiveFrom, int line);

    // Puts each note on its target and the comments in the batch, and counts them.
    void finish(ImportBatch &batch, MappedImportCounts &counts) const;

private:
    struct Text {
        QString measure;
        QString period;
        QDate effectiveFrom;
        QString body;
        int line = 0;
    };
    static void add(std::vector<Text> &texts, QHash<QString, int> &index, Text text);

    QString m_author;
    std::vector<Text> m_comments;
    QHash<QString, int> m_commentIndex; // measure, period -> place in m_comments
    std::vector<Text> m_targetNotes;
    QHash<QString, int> m_targetNoteIndex;
    QHash<QString, int> m_targetLines; // measure, effective date -> the row of the target kept
};

} // namespace civicstat
