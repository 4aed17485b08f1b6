// The approval process on its Durable orchestration: endpoints send it commands and read its state and history.
global using ApprovalEngine = Reopen.Orchestrations.Runtime.ProcessEngine<
    Reopen.Orchestrations.Approvals.ApprovalState,
    Reopen.Orchestrations.Approvals.ApprovalCommand,
    Reopen.Orchestrations.Approvals.ApprovalEvent,
    Reopen.Orchestrations.Approvals.ApprovalEffect>;
