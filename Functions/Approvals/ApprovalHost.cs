// The approval process on the durable runtime: endpoints send it commands and read its state and history.
global using ApprovalHost = Reopen.Orchestrations.Runtime.ProcessHost<
    Reopen.Orchestrations.Approvals.ApprovalState,
    Reopen.Orchestrations.Approvals.ApprovalCommand,
    Reopen.Orchestrations.Approvals.ApprovalEvent,
    Reopen.Orchestrations.Approvals.ApprovalEffect>;
