#include "snapshot.h"

#include "storeerror.h"
#include "storefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>
#include <QUrl>
#include <QUrlQuery>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace civicstat {

namespace {
struct SnapshotText { Q_DECLARE_TR_FUNCTIONS(Snapshot) };

// The objectives a scope covers, as the scorecard rolls them up (scorecard.cpp).
std::vector<const Objective *> objectivesInScope(const Structure &s, const Scope &scope)
{
    std::vector<const Objective *> result;
    switch (scope.kind) {
    case Scope::Kind::Citywide:
        for (const Objective &o : s.objectives)
            result.push_back(&o);
        break;
    case Scope::Kind::Goal:
        if (const Goal *g = s.goalByCode(scope.code))
            result = s.objectivesOfGoal(g->id);
        break;
    case Scope::Kind::Objective:
        if (const Objective *o = s.objectiveByCode(scope.code))
            result.push_back(o);
        break;
    case Scope::Kind::Department:
        if (const Department *d = s.departmentByCode(scope.code))
            result = s.objectivesOfDepartment(d->id);
        break;
    }
    return result;
}

QString codeOf(const Structure &s, Id departmentId)
{
    const Department *d = s.departmentById(departmentId);
    return d ? d->code : QString();
}

// The copy is built under a name of its own beside the output (same file
// system, so that the final rename is one step) and removed on any failure.
class CopyBeside
{
public:
    explicit CopyBeside(const QString &output)
    {
        QTemporaryFile reserve(QFileInfo(output).absoluteFilePath() + QStringLiteral(".taking-XXXXXX"));
        if (!reserve.open())
            throw StoreError(StoreError::Kind::Io,
                             SnapshotText::tr("Cannot write beside %1: %2. Check that the folder exists and that you "
                                              "may write to it.")
                                 .arg(QDir::toNativeSeparators(output), reserve.errorString()));
        m_path = reserve.fileName(); // removed when `reserve` goes: the store creates it anew
    }
    ~CopyBeside()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }
    const QString &path() const { return m_path; }
    void putInPlaceOf(const QString &output)
    {
        if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(output).constData()) != 0)
            throw StoreError(StoreError::Kind::Io, SnapshotText::tr("Cannot put the offline copy in place as %1: %2.")
                                                       .arg(QDir::toNativeSeparators(output),
                                                            QString::fromLocal8Bit(std::strerror(errno))));
        m_path.clear();
    }

private:
    QString m_path;
};

} // namespace

QString scopeText(const Scope &scope)
{
    switch (scope.kind) {
    case Scope::Kind::Citywide: return QStringLiteral("citywide");
    case Scope::Kind::Goal: return QStringLiteral("goal:") + scope.code;
    case Scope::Kind::Objective: return QStringLiteral("objective:") + scope.code;
    case Scope::Kind::Department: return QStringLiteral("dept:") + scope.code;
    }
    return {};
}

bool mustBeSealed(const Edition &edition)
{
    return edition.audience != Audience::Public || !edition.classifiedCodes.empty();
}

QString locationWithoutSecrets(const QString &location)
{
    if (location.contains(QLatin1String("://"))) {
        QUrl url(location);
        url.setPassword(QString());
        QUrlQuery query(url); // libpq also takes ?password=...
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
        return url.toString();
    }
    return QFileInfo(location).absoluteFilePath();
}

ScopedStructure snapshotStructure(const Structure &whole, const Scope &scope, const Edition &edition)
{
    if (const auto unknown = unknownScope(whole, scope))
        throw StoreError(StoreError::Kind::InvalidData, *unknown);
    const EditionStructure cut = restrictTo(whole, edition); // before anything else is looked at
    const Structure &visible = cut.structure;
    ScopedStructure result;
    QSet<Id> goals, departments;
    for (const Objective *o : objectivesInScope(visible, scope)) {
        result.structure.objectives.push_back(*o);
        goals.insert(o->goalId);
        departments.insert(o->departmentId);
        result.hiddenInScope += cut.hiddenByObjective.value(o->id);
        for (const Measure *m : visible.measuresOf(o->id)) {
            result.structure.measures.push_back(*m);
            departments.insert(m->departmentId);
        }
    }
    for (const Goal &g : visible.goals) {
        if (scope.kind == Scope::Kind::Citywide || goals.contains(g.id))
            result.structure.goals.push_back(g);
    }
    for (const Department &d : visible.departments) {
        if (scope.kind == Scope::Kind::Citywide || departments.contains(d.id))
            result.structure.departments.push_back(d);
    }
    result.structure.index();
    return result;
}

namespace {

ImportBatch structureBatch(const KpiStore &source, const Structure &s, const Edition &edition)
{
    ImportBatch batch;
    batch.settings = source.citySettings();
    // A copy of the made-up demo city stays marked as one (KpiStore::isDemonstration),
    // so that its window still says the figures are made up.
    batch.log.kind = source.isDemonstration() ? QStringLiteral("demo") : QStringLiteral("snapshot");
    batch.departments = s.departments;
    batch.goals = s.goals;
    QHash<Id, QString> goalCodes;
    for (const Goal &g : s.goals)
        goalCodes.insert(g.id, g.code);
    for (const Objective &o : s.objectives)
        batch.objectives.push_back({o, {goalCodes.value(o.goalId), codeOf(s, o.departmentId)}});
    for (const Measure &m : s.measures) {
        const Objective *o = nullptr;
        for (const Objective &candidate : s.objectives)
            if (candidate.id == m.objectiveId)
                o = &candidate;
        batch.measures.push_back({m, {o ? o->code : QString(), codeOf(s, m.departmentId)}});
        for (const Target &t : m.targets)
            batch.targets.push_back({m.code, t});
    }
    const CityDimensions dimensions = source.dimensions();
    batch.dimensions = dimensions.dimensions;
    batch.members = dimensions.members;
    batch.boundaryLayers = dimensions.boundaryLayers;
    for (const Objective &o : s.objectives)
        for (const Initiative &i : source.initiativesOf(o.id))
            batch.initiatives.push_back({o.code, i.title, i.owner, i.due, i.status});
    // A dataset is shown as its classification allows, like a measure, and only with its department.
    for (const NewDataset &d : source.datasets()) {
        Measure asMeasure;
        asMeasure.classification = d.classification;
        if (edition.includes(asMeasure) && (d.departmentCode.isEmpty() || s.departmentByCode(d.departmentCode)))
            batch.datasets.push_back(d);
    }
    return batch;
}

} // namespace

SnapshotSummary takeSnapshot(const KpiStore &source, const SnapshotRequest &request)
{
    const ScopedStructure scoped = snapshotStructure(source.structure(), request.scope, request.edition);
    const Structure &s = scoped.structure;
    SnapshotSummary summary;
    summary.measures = int(s.measures.size());
    summary.hiddenInScope = scoped.hiddenInScope;

    if (mustBeSealed(request.edition) && request.passphrase.isEmpty())
        throw StoreError(StoreError::Kind::PassphraseNeeded,
                         SnapshotText::tr("An offline copy for internal use is sealed (encrypted): give it a "
                                          "passphrase. Only a copy for the public may be left unsealed."));
    CopyBeside copy(request.output);
    {
        ImportBatch batch = structureBatch(source, s, request.edition);
        // Figures are read measure by measure as the copy is written, not held all at once.
        std::size_t measureIndex = 0;
        std::vector<Observation> pending;
        std::size_t next = 0;
        const ObservationFeed feed = [&](Observation &out) {
            while (next == pending.size()) {
                if (measureIndex == s.measures.size())
                    return false;
                const Measure &m = s.measures[measureIndex++];
                if (request.progress && !request.progress(int(measureIndex) - 1, summary.measures))
                    throw StoreError(StoreError::Kind::Cancelled, SnapshotText::tr("The offline copy was cancelled; "
                                                                                   "no file was written."));
                pending = source.historyOf(m.id);
                if (request.edition.showsMemberFigures()) {
                    std::vector<Observation> byMember = source.memberFiguresOf(m.id);
                    pending.insert(pending.end(), byMember.begin(), byMember.end());
                }
                for (Observation &o : pending)
                    o.measureCode = m.code;
                next = 0;
            }
            out = std::move(pending[next++]);
            return true;
        };
        auto store = request.passphrase.isEmpty()
            ? openStore(copy.path(), StoreOpenMode::BuildNew)
            : createSealedStore(copy.path(), request.passphrase, request.sealingCost);
        summary.figures = store->applyImport(batch, feed).observationsWritten;
        // Comments keep their source ids: that is how a sent edit finds its original.
        const Structure written = store->structure();
        for (const Measure &m : s.measures) {
            const Measure *inCopy = written.measureByCode(m.code);
            for (Commentary c : source.commentaryOf(m.id)) {
                c.measureId = inCopy->id;
                store->addCommentary(c);
                ++summary.comments;
            }
        }
        store->completeBuild();
        summary.stamp.source = locationWithoutSecrets(source.location());
        summary.stamp.scope = scopeText(request.scope);
        summary.stamp.audience = toText(request.edition.audience);
        summary.stamp.includedClassified = QStringList(request.edition.classifiedCodes.begin(),
                                                       request.edition.classifiedCodes.end());
        summary.stamp.includedClassified.sort();
        summary.stamp.holder = request.holder;
        summary.stamp.dataAsOf = dataAsOf(source, s);
        summary.stamp.takenAt = QDateTime::currentDateTimeUtc();
        store->stampOfflineCopy(summary.stamp);
        if (request.progress)
            request.progress(summary.measures, summary.measures);
    } // the copy is closed before it is renamed
    copy.putInPlaceOf(request.output);
    return summary;
}

} // namespace civicstat
