// The same name the app uses for the approval process on its Durable orchestration (Functions/Approvals/ApprovalEngine.cs).
global using ApprovalEngine = Reopen.Orchestrations.Runtime.ProcessEngine<
    Reopen.Orchestrations.Approvals.ApprovalState,
    Reopen.Orchestrations.Approvals.ApprovalCommand,
    Reopen.Orchestrations.Approvals.ApprovalEvent,
    Reopen.Orchestrations.Approvals.ApprovalEffect>;
