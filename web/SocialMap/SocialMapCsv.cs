using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.SocialMap;

/// <summary>
/// The social map as a CSV file that Dutch Excel opens as it is: UTF-8 with a byte-order mark, semicolons (the Dutch list
/// separator), one row per contact person (an institution without one gets a row of its own). Cells that a spreadsheet
/// would run as a formula get a leading apostrophe.
/// </summary>
public static class SocialMapCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Header =
    [
        "Instelling", "Soort", "Rol", "Gemeenschappen", "Talen", "Telefoon instelling", "E-mail instelling", "Website", "Status",
        "Contactpersoon", "Functie", "Telefoon contactpersoon", "E-mail contactpersoon", "Talen contactpersoon",
    ];

    public static readonly CsvConfiguration Configuration = new(CultureInfo.GetCultureInfo("nl-NL"))
    {
        Delimiter = ";",
        InjectionOptions = InjectionOptions.Escape,
    };

    public static byte[] Write(IEnumerable<Institution> institutions)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var column in Header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var institution in institutions)
            {
                var contacts = institution.ActiveContacts().ToList();
                foreach (var contact in contacts.Count == 0 ? [null] : contacts.Cast<ContactPerson?>())
                {
                    WriteRow(csv, institution, contact);
                }
            }
        }

        return buffer.ToArray();
    }

    private static void WriteRow(CsvWriter csv, Institution institution, ContactPerson? contact)
    {
        string?[] fields =
        [
            institution.Name,
            DutchFormat.Name(institution.Kind),
            DutchFormat.Names(institution.Roles),
            string.Join(", ", institution.Communities),
            string.Join(", ", institution.Languages),
            institution.Phone,
            institution.Email,
            institution.Website,
            institution.Retired ? "niet meer actief" : "actief",
            contact?.Name,
            contact?.Function,
            contact?.Phone,
            contact?.Email,
            contact is null ? null : string.Join(", ", contact.Languages),
        ];
        foreach (var field in fields)
        {
            csv.WriteField(field ?? "");
        }

        csv.NextRecord();
    }
}
