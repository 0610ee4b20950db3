// A store that someone else keeps writing to: every read goes to the real
// store, and its change counter moves each time it is asked, for the first
// `changingReads` times. Tests what a reader does when the data moves under it.
#pragma once

#include "kpistore.h"

class ChangingStore final : public civicstat::KpiStore
{
public:
    ChangingStore(civicstat::KpiStore &store, int changingReads) : m_store(store), m_changingReads(changingReads) {}

    qint64 changeCounter() const override
    {
        ++m_asked;
        return m_store.changeCounter() + std::min(m_asked, m_changingReads);
    }
    int timesAsked() const { return m_asked; }

    QString location() const override { return m_store.location(); }
    std::unique_ptr<KpiStore> openWorkerConnection() const override { return m_store.openWorkerConnection(); }
    void completeBuild() override { m_store.completeBuild(); }
    std::optional<QString> readOnlyReason() const override { return m_store.readOnlyReason(); }
    civicstat::CitySettings citySettings() const override { return m_store.citySettings(); }
    void saveCitySettings(const civicstat::CitySettings &settings) override { m_store.saveCitySettings(settings); }
    civicstat::CitySettings changeCitySettings(const civicstat::SettingsChange &change) override
    {
        return m_store.changeCitySettings(change);
    }
    civicstat::Structure structure() const override { return m_store.structure(); }
    std::vector<civicstat::Observation> totalsEndingWithin(const civicstat::ObservationWindow &window) const override
    {
        return m_store.totalsEndingWithin(window);
    }
    std::optional<QDate> latestObservationEnd() const override { return m_store.latestObservationEnd(); }
    qint64 observationCount() const override { return m_store.observationCount(); }
    std::vector<civicstat::Observation> historyOf(civicstat::Id measure) const override { return m_store.historyOf(measure); }
    std::vector<civicstat::Observation> figuresByMember(civicstat::Id measure, const civicstat::Period &period) const override
    {
        return m_store.figuresByMember(measure, period);
    }
    std::optional<QDate> latestMemberFigureEnd(civicstat::Id measure) const override
    {
        return m_store.latestMemberFigureEnd(measure);
    }
    QHash<civicstat::Id, QDate> lastUpdates() const override { return m_store.lastUpdates(); }
    std::vector<civicstat::Commentary> commentaryOf(civicstat::Id measure) const override { return m_store.commentaryOf(measure); }
    civicstat::Id addCommentary(const civicstat::Commentary &commentary) override { return m_store.addCommentary(commentary); }
    void updateCommentary(civicstat::Id id, const QString &body) override { m_store.updateCommentary(id, body); }
    void removeCommentary(civicstat::Id id) override { m_store.removeCommentary(id); }
    std::vector<civicstat::Initiative> initiativesOf(civicstat::Id objective) const override
    {
        return m_store.initiativesOf(objective);
    }
    std::vector<civicstat::Observation> memberFiguresOf(civicstat::Id measure) const override
    {
        return m_store.memberFiguresOf(measure);
    }
    civicstat::CityDimensions dimensions() const override { return m_store.dimensions(); }
    std::vector<civicstat::NewDataset> datasets() const override { return m_store.datasets(); }
    std::vector<civicstat::CommentarySendOutcome> sendCommentary(const std::vector<civicstat::CommentaryToSend> &pending) override
    {
        return m_store.sendCommentary(pending);
    }
    void stampOfflineCopy(const civicstat::OfflineCopyStamp &stamp) override { m_store.stampOfflineCopy(stamp); }
    std::optional<civicstat::OfflineCopyStamp> offlineCopyStamp() const override { return m_store.offlineCopyStamp(); }
    std::vector<civicstat::PendingComment> pendingCommentary() const override { return m_store.pendingCommentary(); }
    void markCommentarySent(const std::vector<civicstat::CommentarySendOutcome> &sent) override
    {
        m_store.markCommentarySent(sent);
    }
    civicstat::UndoneImport undoLastImport(std::optional<qint64> expectedImportId) override
    {
        return m_store.undoLastImport(expectedImportId);
    }
    std::optional<civicstat::UndoneImport> importToUndo() const override { return m_store.importToUndo(); }
    bool isDemonstration() const override { return m_store.isDemonstration(); }
    civicstat::ImportSummary applyImport(const civicstat::ImportBatch &batch,
                                         const civicstat::ObservationFeed &more) override
    {
        return m_store.applyImport(batch, more);
    }
    qint64 latestChangeId() const override { return m_store.latestChangeId(); }
    std::vector<civicstat::StoreChange> changesByOthersSince(qint64 changeId) const override
    {
        return m_store.changesByOthersSince(changeId);
    }

private:
    civicstat::KpiStore &m_store;
    int m_changingReads;
    mutable int m_asked = 0;
};
