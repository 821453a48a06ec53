using System.Net;
using System.Xml.Linq;

namespace AlertBot.Ingestion.Feeds;

internal static class XmlInnerMarkup
{
    /// <summary>
    /// Text of an element whose content may be escaped HTML or raw (X)HTML child elements (Atom type="xhtml",
    /// and RSS producers that forget to escape). Child elements are kept as markup for the HTML cleaner.
    /// </summary>
    public static string Of(XElement element) =>
        element.HasElements
            ? string.Concat(element.Nodes().Select(n => n is XText t ? WebUtility.HtmlEncode(t.Value) : n.ToString(SaveOptions.DisableFormatting)))
            : element.Value;
}
