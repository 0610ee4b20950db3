// Sending an offline copy's comments back (docs/offline.md): new comments are
// appended, an edit of a comment nobody touched at the source updates it, an
// edit of one someone changed meanwhile keeps both, a second sync sends
// nothing, and a sync that fails loses nothing and works when retried.
#include "commentsync.h"
#include "snapshot.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

ImportBatch smallCity()
{
    ImportBatch batch;
    batch.log.kind = QStringLiteral("structure");
    batch.departments.push_back({0, QStringLiteral("PW"), QStringLiteral("Public Works"), {}});
    Goal goal;
    goal.code = QStringLiteral("G1");
    goal.name = QStringLiteral("Clean streets");
    batch.goals.push_back(goal);
    Objective objective;
    objective.code = QStringLiteral("G1.1");
    objective.name = QStringLiteral("Fix potholes");
    batch.objectives.push_back({objective, {goal.code, QStringLiteral("PW")}});
    for (const char *code : {"POT", "SWEEP"}) {
        Measure m;
        m.code = QString::fromLatin1(code);
        m.name = m.code + QStringLiteral(" measure");
        m.classification = Classification::Public;
        batch.measures.push_back({m, {objective.code, QStringLiteral("PW")}});
    }
    Observation o;
    o.measureCode = QStringLiteral("POT");
    o.period = Period::month(2026, 9);
    o.value = 12;
    batch.observations.push_back(o);
    return batch;
}

Commentary comment(Id measureId, const QString &author, const QString &body)
{
    Commentary c;
    c.measureId = measureId;
    c.period = QStringLiteral("2026-09");
    c.author = author;
    c.writtenAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    c.body = body;
    return c;
}

const Commentary *findBody(const std::vector<Commentary> &comments, const QString &body)
{
    for (const Commentary &c : comments)
        if (c.body == body)
            return &c;
    return nullptr;
}

std::unique_ptr<KpiStore> open(const QString &location) { return openStore(location); }

constexpr const char *copyPassphrase = "field copy passphrase";

} // namespace

class SyncTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_copy;

    std::unique_ptr<KpiStore> openCopy() const
    {
        return openStore(m_copy, StoreOpenOptions{StoreOpenMode::Existing, QString::fromLatin1(copyPassphrase)});
    }
    Id m_kept = 0, m_editedOffline = 0, m_editedBoth = 0, m_removedOffline = 0;

    Id sourceMeasure(KpiStore &store, const char *code) { return store.structure().measureByCode(QString::fromLatin1(code))->id; }

private slots:
    void initTestCase()
    {
        m_source = m_dir.filePath(QStringLiteral("city.db"));
        m_copy = m_dir.filePath(QStringLiteral("offline.db"));
        auto source = openStore(m_source, StoreOpenMode::CreateIfMissing);
        source->applyImport(smallCity());
        const Id pot = sourceMeasure(*source, "POT");
        m_kept = source->addCommentary(comment(pot, QStringLiteral("Ana Ruiz"), QStringLiteral("Crews were short.")));
        m_editedOffline = source->addCommentary(comment(pot, QStringLiteral("Ana Ruiz"), QStringLiteral("Rain delayed work.")));
        m_editedBoth = source->addCommentary(comment(pot, QStringLiteral("Lee Okafor"), QStringLiteral("Asphalt came late.")));
        m_removedOffline = source->addCommentary(comment(pot, QStringLiteral("Lee Okafor"), QStringLiteral("Draft note.")));

        SnapshotRequest request;
        request.output = m_copy;
        request.holder = QStringLiteral("Field Reviewer");
        // An internal copy, so sealed: what a field reviewer carries.
        request.passphrase = QString::fromLatin1(copyPassphrase);
        request.sealingCost = SealingCost::minimal();
        takeSnapshot(*source, request);
    }

    void copy_startsWithNothingPending()
    {
        auto copy = openCopy();
        QVERIFY(copy->offlineCopyStamp().has_value());
        QCOMPARE(int(copy->pendingCommentary().size()), 0);
        // The copy's comments are the source's, under the same ids.
        QCOMPARE(int(copy->commentaryOf(copy->structure().measureByCode(QStringLiteral("POT"))->id).size()), 4);
    }

    void sync_appendsUpdatesAndKeepsBothSidesOfAConflict()
    {
        auto copy = openCopy();
        const Id potInCopy = copy->structure().measureByCode(QStringLiteral("POT"))->id;
        const Id sweepInCopy = copy->structure().measureByCode(QStringLiteral("SWEEP"))->id;
        copy->addCommentary(comment(sweepInCopy, QStringLiteral("Field Reviewer"), QStringLiteral("Sweepers seen daily.")));
        copy->updateCommentary(m_editedOffline, QStringLiteral("Rain delayed work for nine days."));
        copy->updateCommentary(m_editedBoth, QStringLiteral("Asphalt came late (offline view)."));
        copy->removeCommentary(m_removedOffline);
        const auto pending = copy->pendingCommentary();
        QCOMPARE(int(pending.size()), 4);
        QCOMPARE(pending.front().kind, PendingComment::Kind::Removed);

        // Meanwhile someone at the source changes one of the edited comments.
        {
            auto source = openStore(m_source);
            source->updateCommentary(m_editedBoth, QStringLiteral("Asphalt came late; supplier replaced."));
        }

        const SyncReport report = sendOfflineComments(*copy, open);
        QCOMPARE(report.appended, 1);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.removed, 1);
        QCOMPARE(report.notSent, 0);
        QCOMPARE(report.details.size(), 1);
        QVERIFY2(report.details.first().contains(QLatin1String("POT, 2026-09, by Lee Okafor")), qPrintable(report.details.first()));

        auto source = openStore(m_source);
        const auto pot = source->commentaryOf(sourceMeasure(*source, "POT"));
        const auto sweep = source->commentaryOf(sourceMeasure(*source, "SWEEP"));
        QCOMPARE(int(sweep.size()), 1);
        QCOMPARE(sweep.front().body, QStringLiteral("Sweepers seen daily."));
        QCOMPARE(sweep.front().author, QStringLiteral("Field Reviewer"));
        QVERIFY(findBody(pot, QStringLiteral("Crews were short.")));
        QCOMPARE(findBody(pot, QStringLiteral("Rain delayed work for nine days."))->id, m_editedOffline);
        // Both sides of the conflict: the source's text where it was, the offline one added and marked.
        QCOMPARE(findBody(pot, QStringLiteral("Asphalt came late; supplier replaced."))->id, m_editedBoth);
        const Commentary *conflict = nullptr;
        for (const Commentary &c : pot)
            if (c.body.endsWith(QLatin1String("\nAsphalt came late (offline view).")))
                conflict = &c;
        QVERIFY(conflict);
        QVERIFY2(conflict->body.startsWith(QLatin1String("[Written offline; conflicts with a change made at the source after ")),
                 qPrintable(conflict->body));
        QVERIFY(conflict->body.contains(QLatin1String("by Lee Okafor]")));
        QVERIFY(!findBody(pot, QStringLiteral("Draft note.")));
        QCOMPARE(int(pot.size()), 4); // kept, edited, conflict's two sides; the removed one gone
        QCOMPARE(int(copy->pendingCommentary().size()), 0);
        // The copy now shows the conflict as the source does.
        bool copyShowsConflict = false;
        for (const Commentary &c : copy->commentaryOf(potInCopy))
            copyShowsConflict = copyShowsConflict || c.body == conflict->body;
        QVERIFY(copyShowsConflict);
    }

    void secondSync_sendsNothing()
    {
        auto copy = openCopy();
        const SyncReport report = sendOfflineComments(*copy, open);
        QCOMPARE(report.sent(), 0);
        QVERIFY(report.summary().startsWith(QLatin1String("No comments to send back")));
        auto source = openStore(m_source);
        QCOMPARE(int(source->commentaryOf(sourceMeasure(*source, "POT")).size()), 4);
        QCOMPARE(int(source->commentaryOf(sourceMeasure(*source, "SWEEP")).size()), 1);
    }

    void editAfterSync_isAnOrdinaryEdit()
    {
        // After a sync the copy starts over from what the source holds: a further
        // edit of a sent comment, or of the conflict's offline side, is an
        // ordinary edit, not another conflict; the source's side stays.
        auto copy = openCopy();
        copy->updateCommentary(m_editedOffline, QStringLiteral("Rain delayed work for ten days."));
        copy->updateCommentary(m_editedBoth, QStringLiteral("Asphalt: resolved with the supplier."));
        const SyncReport report = sendOfflineComments(*copy, open);
        QCOMPARE(report.updated, 2);
        QCOMPARE(report.conflicts, 0);
        auto source = openStore(m_source);
        const auto pot = source->commentaryOf(sourceMeasure(*source, "POT"));
        QVERIFY(findBody(pot, QStringLiteral("Rain delayed work for ten days.")));
        QVERIFY(findBody(pot, QStringLiteral("Asphalt: resolved with the supplier.")));
        QCOMPARE(findBody(pot, QStringLiteral("Asphalt came late; supplier replaced."))->id, m_editedBoth);
        QCOMPARE(int(pot.size()), 4);
    }

    void failedSync_keepsPendingAndRetrySendsThem()
    {
        auto copy = openCopy();
        const Id sweep = copy->structure().measureByCode(QStringLiteral("SWEEP"))->id;
        copy->addCommentary(comment(sweep, QStringLiteral("Field Reviewer"), QStringLiteral("Written on the road.")));
        const QString away = m_source + QStringLiteral(".away");
        QVERIFY(QFile::rename(m_source, away)); // the network share is gone
        try {
            sendOfflineComments(*copy, open);
            QFAIL("a sync without its source succeeded");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Missing);
        }
        QVERIFY(!QFile::exists(m_source)); // nothing was created in its place
        QCOMPARE(int(copy->pendingCommentary().size()), 1);

        QVERIFY(QFile::rename(away, m_source));
        const SyncReport report = sendOfflineComments(*copy, open);
        QCOMPARE(report.appended, 1);
        QCOMPARE(int(copy->pendingCommentary().size()), 0);
        auto source = openStore(m_source);
        QVERIFY(findBody(source->commentaryOf(sourceMeasure(*source, "SWEEP")), QStringLiteral("Written on the road.")));
    }

    void stamp_neverKeepsAServerPassword()
    {
        QCOMPARE(locationWithoutSecrets(QStringLiteral("postgresql://ana:s3cret@db.city.gov:5432/kpi?sslmode=require&password=s3cret")),
                 QStringLiteral("postgresql://ana@db.city.gov:5432/kpi?sslmode=require"));
        QCOMPARE(locationWithoutSecrets(QStringLiteral("postgresql://ana@db.city.gov/kpi")),
                 QStringLiteral("postgresql://ana@db.city.gov/kpi"));
    }

    void sync_ofADatabaseThatIsNoCopy_isRefused()
    {
        auto source = openStore(m_source);
        try {
            sendOfflineComments(*source, open);
            QFAIL("a city's own database was synced");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidData);
            QVERIFY(error.message().contains(QLatin1String("is not an offline copy")));
        }
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
