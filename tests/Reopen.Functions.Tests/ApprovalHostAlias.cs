// The same name the app uses for the approval process on the durable runtime (Functions/Approvals/ApprovalHost.cs).
global using ApprovalHost = Reopen.Orchestrations.Runtime.ProcessHost<
    Reopen.Orchestrations.Approvals.ApprovalState,
    Reopen.Orchestrations.Approvals.ApprovalCommand,
    Reopen.Orchestrations.Approvals.ApprovalEvent,
    Reopen.Orchestrations.Approvals.ApprovalEffect>;
