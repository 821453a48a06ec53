namespace AlertBot;

/// <summary>A configuration section bound to an options class, so start-up can check them all at once.</summary>
/// <param name="Resolve">Binds and validates the section (reads <c>IOptions&lt;T&gt;.Value</c>).</param>
public sealed record ValidatedSection(string Section, Type OptionsType, Func<IServiceProvider, object> Resolve);
