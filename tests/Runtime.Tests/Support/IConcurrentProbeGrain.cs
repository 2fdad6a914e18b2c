namespace OrleansLife.Runtime.Tests.Support;

/// <summary>The probe again, as a grain with a concurrent mailbox.</summary>
public interface IConcurrentProbeGrain : IProbeGrain;
