namespace OrleansLife.Operator.Reconciliation;

/// <summary>One cell pod the reconciler looks at: its board and its name.</summary>
internal readonly record struct CellKey(string Board, string Name);
