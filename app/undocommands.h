// The edits a user can undo: commentary added, changed or deleted, and city
// settings changed. Each command writes through the store at once and calls
// `done` afterwards so the screen can refresh; failures go to `failed`.
#pragma once

#include "citysettings.h"
#include "domain.h"

#include <QUndoCommand>
#include <functional>

namespace civicstat {

class KpiStore;

struct EditContext {
    KpiStore *store = nullptr;
    std::function<void()> done;
    std::function<void(const QString &message)> failed;
};

class AddCommentaryCommand final : public QUndoCommand
{
public:
    AddCommentaryCommand(EditContext context, Commentary commentary);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    Commentary m_commentary;
};

class EditCommentaryCommand final : public QUndoCommand
{
public:
    EditCommentaryCommand(EditContext context, Id id, QString before, QString after);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    Id m_id;
    QString m_before;
    QString m_after;
};

class RemoveCommentaryCommand final : public QUndoCommand
{
public:
    RemoveCommentaryCommand(EditContext context, Commentary commentary);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    Commentary m_commentary;
};

class CitySettingsCommand final : public QUndoCommand
{
public:
    CitySettingsCommand(EditContext context, const CitySettings &before, const CitySettings &after);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    SettingsChange m_change; // only the keys the dialog changed; refused if changed since
};

} // namespace civicstat
