namespace OrleansLife.Runtime.Identity;

/// <summary>Marker for grain interfaces: what <c>GetGrain&lt;T&gt;</c> hands out references to.</summary>
public interface IGrain;

/// <summary>A grain identified by a string (e.g. a board's name).</summary>
public interface IGrainWithStringKey : IGrain;

/// <summary>A grain identified by a 64-bit integer.</summary>
public interface IGrainWithIntegerKey : IGrain;

/// <summary>A grain identified by an integer and a string together (e.g. a cell: its packed coordinates and its board).</summary>
public interface IGrainWithCompoundKey : IGrain;
