using Microsoft.EntityFrameworkCore;

namespace ProductionGuard.Data;

public class Email
{
    public long Id { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public DateTime SentAt { get; set; }
}

public class MailDbContext(DbContextOptions<MailDbContext> options) : DbContext(options)
{
    public DbSet<Email> Emails => Set<Email>();
}
