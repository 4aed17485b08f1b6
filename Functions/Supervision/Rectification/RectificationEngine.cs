// A rectification notice on its Durable orchestration: the inspection page opens it, the business's report and the
// re-inspection send it commands, the status page reads it.
global using RectificationEngine = Reopen.Orchestrations.Runtime.ProcessEngine<
    Reopen.Orchestrations.Supervision.Rectification.RectificationState,
    Reopen.Orchestrations.Supervision.Rectification.RectificationCommand,
    Reopen.Orchestrations.Supervision.Rectification.RectificationEvent,
    Reopen.Orchestrations.Supervision.Rectification.RectificationEffect>;
