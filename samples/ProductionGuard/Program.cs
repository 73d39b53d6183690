using Microsoft.EntityFrameworkCore;
using ProductionGuard.Data;

var builder = WebApplication.CreateBuilder(args);

// The connection string comes from configuration, as it should. The problem is the configuration itself:
// appsettings.Development.json was "temporarily" pointed at production to debug a customer issue.
builder.Services.AddDbContext<MailDbContext>(options =>
    options.UseNpgsql(builder.Configuration.GetConnectionString("Mail")));

var app = builder.Build();

app.MapGet("/emails/recent", async (MailDbContext db) =>
    await db.Emails.AsNoTracking().OrderByDescending(e => e.SentAt).Take(50).ToListAsync());

app.Run();
