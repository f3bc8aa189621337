using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Dyad.Languages;

/// <summary>
/// Every language Dyad has data for: one folder per language under data/, each with a language.yaml.
/// Adding a language means adding a folder.
/// </summary>
public sealed class LanguageCatalog
{
    private readonly Dictionary<string, LanguageProfile> profiles;

    public string Root { get; }

    private LanguageCatalog(string root, Dictionary<string, LanguageProfile> profiles)
    {
        Root = root;
        this.profiles = profiles;
    }

    public IReadOnlyCollection<LanguageProfile> Profiles => profiles.Values;

    public LanguageProfile? Find(string? code) => code is not null && profiles.TryGetValue(code, out var p) ? p : null;

    public string LanguageFolder(string code) => Path.Combine(Root, code);

    public string CommonFile(string name) => Path.Combine(Root, "common", name);

    public static LanguageCatalog Load(string? root = null)
    {
        root ??= DataDirectory.Locate();
        var yaml = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var profiles = new Dictionary<string, LanguageProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var dir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(dir, "language.yaml");
            if (!File.Exists(file)) continue;
            var profile = yaml.Deserialize<LanguageProfile>(File.ReadAllText(file));
            if (string.IsNullOrEmpty(profile.Code)) profile.Code = Path.GetFileName(dir);
            profiles[profile.Code] = profile;
        }
        return new LanguageCatalog(root, profiles);
    }
}
